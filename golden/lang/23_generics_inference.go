package main

import "fmt"

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func First[S ~[]E, E any](s S) E { return s[0] }

type Names []string

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

func Convert[From, To ~int | ~float64](f From) To { return To(f) }

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	n := Names{"x", "y"}
	f := First(n)
	fmt.Printf("%v %T\n", f, f)
	p := Ptr(42)
	fmt.Println(*p)
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[[]int]() == nil, Zero[*int]())
	fmt.Println(Convert[int, float64](3))
	fmt.Println(Convert[float64, int](3.99))
	fmt.Println(Apply(2, func(x int) int { return x * 10 }, func(x int) int { return x + 1 }))
}
