package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = i * 100
		}(i)
	}
	fmt.Println("before start:", results)
	close(start)
	wg.Wait()
	fmt.Println("after start:", results)
	select {
	case <-start:
		fmt.Println("closed channel is always ready")
	default:
		fmt.Println("unreachable")
	}
}
