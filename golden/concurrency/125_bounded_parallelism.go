package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(20 * time.Millisecond)
			results[i] = i * 10
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak concurrency:", peak, "limit:", limit)
}
