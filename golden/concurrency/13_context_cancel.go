package main

import (
	"context"
	"errors"
	"fmt"
)

func worker(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		if v == 5 {
			cancel()
			break
		}
		fmt.Println("got", v)
	}
	for range out {
	}
	fmt.Println(ctx.Err())
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))
	cancel()
	fmt.Println(ctx.Err())
	bg := context.Background()
	fmt.Println(bg.Err(), bg.Done() == nil)
}
