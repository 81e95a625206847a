package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup, stopped chan<- int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stopped <- id
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			_ = j
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	stopped := make(chan int, 4)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, &wg, stopped)
	}
	for j := 0; j < 20; j++ {
		jobs <- j
	}
	fmt.Println("20 jobs handed out; cancelling")
	cancel()
	wg.Wait()
	close(stopped)
	sum := 0
	for id := range stopped {
		sum += id
	}
	fmt.Println("all workers stopped, id sum:", sum)
	fmt.Println(ctx.Err())
}
