package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, results chan<- int) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			results <- n
			return
		case <-time.After(100 * time.Millisecond):
			n++
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()
	results := make(chan int)
	go work(ctx, results)
	fmt.Println("iterations:", <-results)
	fmt.Println("reason:", ctx.Err())
}
