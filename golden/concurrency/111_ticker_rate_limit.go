package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(50 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	el := time.Since(start)
	fmt.Println("rate limited:", el >= 240*time.Millisecond)

	burst := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burst <- time.Now()
	}
	go func() {
		for t := range time.Tick(50 * time.Millisecond) {
			burst <- t
		}
	}()
	start = time.Now()
	for i := 1; i <= 5; i++ {
		<-burst
		fmt.Printf("burst request %d immediate: %v\n", i, time.Since(start) < 25*time.Millisecond)
	}
}
