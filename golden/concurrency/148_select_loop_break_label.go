package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v == 4 {
				continue loop
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum without 4:", sum)
	n := 0
	for {
		select {
		default:
			n++
		}
		if n == 3 {
			break
		}
	}
	fmt.Println("plain break inside select only leaves the select; n =", n)
}
