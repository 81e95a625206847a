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
	passed := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			passed <- id
		}(i)
	}
	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	fmt.Println("all", waiting, "waiting at the gate")
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(passed)
	sum := 0
	for id := range passed {
		sum += id
	}
	fmt.Println("passed, id sum:", sum)
}
