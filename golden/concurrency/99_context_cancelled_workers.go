package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			out <- fmt.Sprintf("job %d squared %d", j, j*j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, out, &wg)
	}
	go func() {
		for j := 1; ; j++ {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	sum := 0
	for i := 0; i < 6; i++ {
		<-out
		sum++
	}
	cancel()
	go func() {
		for range out {
		}
	}()
	wg.Wait()
	fmt.Println("collected", sum, "results; workers stopped:", ctx.Err())
}
