// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
		fmt.Println("  (exhausted)")
	}
}

func Enumerate(xs []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	for v := range Count(3) {
		fmt.Println("v", v)
	}
	for v := range Count(10) {
		if v == 2 {
			break
		}
		fmt.Println("w", v)
	}
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	var empty func(func() bool) = func(yield func() bool) {
		yield()
		yield()
	}
	n := 0
	for range empty {
		n++
	}
	fmt.Println("n", n)
}
