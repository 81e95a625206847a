package main

import "fmt"

func fib(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

func take(n int, in <-chan int) []int {
	var res []int
	for i := 0; i < n; i++ {
		res = append(res, <-in)
	}
	return res
}

func main() {
	done := make(chan struct{})
	f := fib(done)
	fmt.Println(take(15, f))
	close(done)
	for range f {
	}
	fmt.Println("generator stopped")
}
