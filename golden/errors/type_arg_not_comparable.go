// Type argument checked against comparable (current Go wording "does not satisfy"; Go 1.19 said "does not implement").
package main

type S[T comparable] struct{ x T }

func main() {
	var s S[[]int]
	_ = s
}
