package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 4; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v == 3 {
				fmt.Println("skip 3")
				continue loop
			}
			sum += v
			fmt.Println("add", v)
		case <-quit:
			fmt.Println("quit")
			break loop
		}
	}
	fmt.Println("sum", sum)
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			fmt.Println("iteration", i)
		}
	}
}
