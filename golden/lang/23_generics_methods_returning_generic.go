package main

import (
	"fmt"
	"strings"
)

type Seq[T any] struct{ items []T }

func Of[T any](xs ...T) Seq[T] { return Seq[T]{xs} }

func (s Seq[T]) Filter(p func(T) bool) Seq[T] {
	var out []T
	for _, x := range s.items {
		if p(x) {
			out = append(out, x)
		}
	}
	return Seq[T]{out}
}

func (s Seq[T]) Each(f func(int, T)) Seq[T] {
	for i, x := range s.items {
		f(i, x)
	}
	return s
}

func (s Seq[T]) Len() int { return len(s.items) }

func MapSeq[T, U any](s Seq[T], f func(T) U) Seq[U] {
	out := make([]U, len(s.items))
	for i, x := range s.items {
		out[i] = f(x)
	}
	return Seq[U]{out}
}

func main() {
	s := Of("go", "java", "rust", "c", "zig")
	short := s.Filter(func(x string) bool { return len(x) <= 3 })
	fmt.Println(short.items, short.Len())
	up := MapSeq(short, strings.ToUpper)
	up.Each(func(i int, x string) { fmt.Println(i, x) })
	lens := MapSeq(s, func(x string) int { return len(x) })
	fmt.Println(lens.items)
	fmt.Printf("%T %T\n", up, lens)
}
