// Current Go wording (types2): "not enough type arguments for type Pair: have 1, want 2".
package main

type Pair[K, V any] struct {
	k K
	v V
}

func main() {
	var p Pair[int]
	_ = p
}
