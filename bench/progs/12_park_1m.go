package main

import (
	"fmt"
	"sync"
)

// 1M goroutines park on one channel, then closing it releases them all.
func main() {
	const n = 1000000
	gate := make(chan struct{})
	var started, finished sync.WaitGroup
	var mu sync.Mutex
	released := 0
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-gate
			mu.Lock()
			released++
			mu.Unlock()
			finished.Done()
		}()
	}
	started.Wait()
	close(gate)
	finished.Wait()
	fmt.Println("parked and released:", released)
}
