// Comparison errors are reported at the incomparable operand, naming the field that prevents it.
package main

import "fmt"

type T struct{ s []int }

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}
