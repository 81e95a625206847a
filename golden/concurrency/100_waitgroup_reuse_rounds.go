package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		total := 0
		wg.Add(round * 2)
		for i := 0; i < round*2; i++ {
			go func(i int) {
				defer wg.Done()
				mu.Lock()
				total += i
				mu.Unlock()
			}(i)
		}
		wg.Wait()
		fmt.Printf("round %d: %d goroutines, total %d\n", round, round*2, total)
	}
}
