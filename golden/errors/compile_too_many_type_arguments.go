// Current Go wording (types2): "got N type arguments but F has M type parameters", at the first extra one.
package main

func F[T any, U any](t T, u U) {}

func main() {
	F[int, string, bool](1, "a")
}
