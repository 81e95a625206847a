package main

import "fmt"

func main() {
	var arr [5]int
	s := arr[1:3]
	m := map[int]int{1: 1, 2: 2}
	ch := make(chan int, 4)
	ch <- 1
	str := "héllo"
	p := &arr
	fmt.Println(len(arr), cap(arr))
	fmt.Println(len(s), cap(s))
	fmt.Println(len(m))
	fmt.Println(len(ch), cap(ch))
	fmt.Println(len(str))
	fmt.Println(len(p), cap(p))
	var nilCh chan int
	var nilS []int
	var nilM map[string]int
	fmt.Println(len(nilCh), cap(nilCh), len(nilS), cap(nilS), len(nilM))
	const c = len("constant")
	var a [c]byte
	fmt.Println(c, len(a))
}
