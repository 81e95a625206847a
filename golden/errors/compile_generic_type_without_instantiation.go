package main

type Pair[K, V any] struct {
	k K
	v V
}

func main() {
	var p Pair
	_ = p
}
