package main

import (
	"context"
	"fmt"
	"time"
)

func job(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	fmt.Println("quick job:", job(ctx, 50*time.Millisecond))
	fmt.Println("long job:", job(ctx, 3*time.Second))
	fmt.Println("after expiry:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("ctx done:", ctx.Err())
	default:
		fmt.Println("ctx still alive")
	}
}
