package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			results[i] = fmt.Sprintf("runner %d started", i)
		}(i)
	}
	mu.Lock()
	for waiting < 4 {
		cond.Wait()
	}
	fmt.Println("all runners waiting:", waiting)
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
