package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Decision matrix: use context.Context to cancel long-running work.
func worker(ctx context.Context, id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			fmt.Printf("worker %d stopping: %v\n", id, ctx.Err())
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(ctx, 1, &wg)
	time.Sleep(250 * time.Millisecond)
	cancel()
	wg.Wait()

	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err())
	case <-time.After(time.Second):
		fmt.Println("not reached")
	}
}
