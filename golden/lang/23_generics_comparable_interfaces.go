// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]bool

func main() {
	vals := []any{1, "two", 3.0, nil}
	fmt.Println(Index(vals, any("two")), Index(vals, any(3.0)), Index(vals, nil), Index(vals, any(3)))
	var errs []error = []error{nil}
	fmt.Println(Index(errs, nil))
	s := Set[any]{}
	s[1] = true
	s["a"] = true
	fmt.Println(len(s), s[1], s[2])
	defer func() { fmt.Println("recovered:", recover()) }()
	Index([]any{[]int{1}}, any([]int{1}))
}
