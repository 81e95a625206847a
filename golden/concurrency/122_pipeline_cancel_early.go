package main

import (
	"fmt"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	out := sq(done, sq(done, gen(done, 1, 2, 3, 4, 5, 6, 7, 8)))
	fmt.Println(<-out)
	fmt.Println(<-out)
	fmt.Println(<-out)
	close(done)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range out {
		}
	}()
	wg.Wait()
	fmt.Println("pipeline torn down")
}
