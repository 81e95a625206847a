package main

import "fmt"

// A 100M-iteration integer loop; the result depends on every iteration.
func main() {
	x := 0
	for i := 0; i < 100000000; i++ {
		x += i ^ (x >> 7)
		x &= 0xFFFFFFF
	}
	fmt.Println("loop:", x)
}
