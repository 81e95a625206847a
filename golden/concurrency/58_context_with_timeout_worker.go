package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, steps int, stepDur time.Duration) (int, error) {
	done := 0
	for i := 0; i < steps; i++ {
		select {
		case <-ctx.Done():
			return done, ctx.Err()
		case <-time.After(stepDur):
			done++
		}
	}
	return done, nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	n, err := work(ctx, 3, time.Millisecond)
	cancel()
	fmt.Println(n, err)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel2()
	n, err = work(ctx2, 1000, 2*time.Second)
	fmt.Println(n, err)
}
