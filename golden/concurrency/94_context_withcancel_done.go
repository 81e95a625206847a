package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done yet, err:", ctx.Err())
	}
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-ctx.Done()
			results <- fmt.Sprintf("waiter saw %v", ctx.Err())
		}(i)
	}
	cancel()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	_, open := <-ctx.Done()
	fmt.Println("done channel open:", open)
	fmt.Println(ctx.Err() == context.Canceled)
}
