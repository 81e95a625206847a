// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(5), max(-5))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	var a, b Score = 10, 7
	m := max(a, b)
	fmt.Printf("%T %v\n", m, m)
	x := 4
	fmt.Println(min(x, 10), max(x, -1.0))
	fmt.Println(min(1.0, math.NaN(), 3.0), max(math.Inf(-1), 0))
	fmt.Println(min(math.Inf(1), 42.0), max(-0.0, 0.0))
	const c = min(1, 2.5, 'a')
	fmt.Printf("%T %v\n", c, c)
	fmt.Println(min("", "a"), max("", "a") == "a")
}
