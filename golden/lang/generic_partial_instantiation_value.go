package main

import "fmt"

func Contains[S ~[]E, E comparable](s S, v E) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Names []string

// A partial instantiation whose other type arguments follow from the constraints is a
// function value; one that needs the call's arguments is inferred at the call.
func main() {
	has := Contains[Names]
	fmt.Printf("%T\n", has)
	fmt.Println(has(Names{"ann", "bob"}, "bob"), has(nil, "x"))
	lens := Map[string](Names{"ann", "carla"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	var pick func([]int, int) bool = Contains[[]int]
	fmt.Println(pick([]int{1, 2, 3}, 4))
}
