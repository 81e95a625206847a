// Output derived from current Go's runtime (not the Go 1.19 oracle): since Go 1.22 a block
// larger than 512 bytes that holds pointers keeps an 8-byte header inside its size class, so
// slices of strings, pointers or interfaces grow to capacities a little below the power of two.
package main

import "fmt"

type node struct {
	next *node
	val  int
}

func growth[T any](label string, n int, v T) {
	var s []T
	last := -1
	fmt.Print(label, ":")
	for i := 0; i < n; i++ {
		s = append(s, v)
		if cap(s) != last {
			fmt.Print(" ", cap(s))
			last = cap(s)
		}
	}
	fmt.Println()
}

func main() {
	growth("string", 600, "x")
	growth("*int", 1200, (*int)(nil))
	growth("any", 600, any(1))
	growth("node", 600, node{})
	growth("[]int", 400, []int(nil))
}
