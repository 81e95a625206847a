package main

import "fmt"

// 1M messages over unbuffered channels between two goroutines (500k each way).
func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 500000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("pingpong messages:", 2*500000, "value:", v)
}
