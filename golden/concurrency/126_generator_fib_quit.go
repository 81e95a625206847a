package main

import "fmt"

func fibonacci(quit <-chan struct{}) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		x, y := 0, 1
		for {
			select {
			case c <- x:
				x, y = y, x+y
			case <-quit:
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan struct{})
	fib := fibonacci(quit)
	for i := 0; i < 15; i++ {
		fmt.Print(<-fib, " ")
	}
	fmt.Println()
	close(quit)
	drained := 0
	for range fib {
		drained++
	}
	fmt.Println("generator stopped; drained at most one:", drained <= 1)
}
