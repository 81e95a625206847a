// Type argument inferred from the target function type fails the constraint (Go 1.21+ wording).
package main

func Double[T int | float64](x T) T { return x * 2 }

func main() {
	var f func(string) string = Double
	_ = f
}
