package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, 2*time.Second)
	fmt.Println("slow:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println("has Timeout():", errors.As(err, &te) && te.Timeout())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 2*time.Second)
	fmt.Println("fast:", slowOp(ctx2, 10*time.Millisecond))
	cancel2()
	fmt.Println("after cancel:", ctx2.Err())
}
