package main

import "fmt"

func fib(quit <-chan bool) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan bool)
	c := fib(quit)
	for i := 0; i < 15; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	quit <- true
	_, ok := <-c
	fmt.Println("generator closed:", !ok)
}
