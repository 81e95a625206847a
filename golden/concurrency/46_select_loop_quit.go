package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	result := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case v := <-data:
				total += v
			case <-quit:
				result <- total
				return
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		data <- i
	}
	close(quit)
	fmt.Println("total", <-result)
}
