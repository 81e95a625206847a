package main

import "fmt"

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func CountIf[T any](xs []T, pred func(T) bool) (n int) {
	for _, x := range xs {
		if pred(x) {
			n++
		}
	}
	return
}

type Point struct{ X, Y int }

func FirstNonZero[T comparable](xs ...T) (T, bool) {
	for _, x := range xs {
		if !IsZero(x) {
			return x, true
		}
	}
	var zero T
	return zero, false
}

func main() {
	fmt.Println(IsZero(0), IsZero(""), IsZero(Point{}), IsZero(Point{0, 1}), IsZero[*int](nil))
	fmt.Println(CountIf([]string{"a", "", "b"}, func(s string) bool { return s != "" }))
	fmt.Println(FirstNonZero(0, 0, 3, 4))
	fmt.Println(FirstNonZero("", ""))
	p, ok := FirstNonZero(Point{}, Point{2, 0})
	fmt.Println(p, ok)
}
