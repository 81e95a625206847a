package main

import "fmt"

// Decision matrix: plain sequential code when you don't need concurrency.
func main() {
	total := 0
	for i := 1; i <= 10; i++ {
		total += i
	}
	fmt.Println("sum of 1..10 =", total)
}
