package main

import "fmt"

type MyInt int
type Pair[K comparable, V any] struct {
	K K
	V V
}
type Fn func(int) (string, error)
type Iface interface{ M() }

func main() {
	var ch chan<- []map[string]*int
	var fn Fn
	var anon func(...interface{}) bool
	var arr [3][2]uint8
	var st struct {
		A int
		b string
	}
	var e error
	var ptr **MyInt
	items := []interface{}{MyInt(1), Pair[string, []int]{}, fn, anon, ch, arr, st, e, ptr,
		make(chan struct{}), map[MyInt][]Pair[int, bool]{}, (*Iface)(nil), 'x', byte(1), uintptr(0), complex64(0)}
	for _, it := range items {
		fmt.Printf("%T\n", it)
	}
}
