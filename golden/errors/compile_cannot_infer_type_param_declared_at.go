// Current Go wording (1.21+): "in call to F, cannot infer T (declared at ...)".
package main

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = Zero()
}
