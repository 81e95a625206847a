// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func main() {
	// Each iteration gets a fresh copy initialised from the previous
	// iteration's value at the end of the body; the post statement runs on the new copy.
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var inc []func()
	vals := []int{}
	for i := 0; i < 3; i++ {
		inc = append(inc, func() { i += 10 })
		vals = append(vals, i)
	}
	for _, f := range inc {
		f()
	}
	fmt.Println(vals)

	done := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func() { done <- i * i }()
	}
	sum := 0
	for k := 0; k < 3; k++ {
		sum += <-done
	}
	fmt.Println("sum of squares", sum)
}
