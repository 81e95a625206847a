// Generic type alias instantiated with a type that fails its constraint (Go 1.24 wording).
package main

type Set[T comparable] = map[T]bool

func main() {
	var s Set[[]int]
	_ = s
}
