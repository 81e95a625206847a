package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 3)
	var active, maxActive int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := make([]bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := atomic.AddInt32(&active, 1)
			mu.Lock()
			if cur > maxActive {
				maxActive = cur
			}
			done[i] = true
			mu.Unlock()
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println("max concurrent <= 3:", maxActive <= 3)
	fmt.Println(done)
}
