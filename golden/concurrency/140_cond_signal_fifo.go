package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	waiting := 0
	woke := make(chan int)
	for i := 0; i < 4; i++ {
		go func(id int) {
			mu.Lock()
			waiting++
			cond.Wait()
			mu.Unlock()
			woke <- id
		}(i)
		for {
			mu.Lock()
			n := waiting
			mu.Unlock()
			if n == i+1 {
				break
			}
			runtime.Gosched()
		}
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		fmt.Println("woke", <-woke)
	}
	mu.Lock()
	cond.Signal()
	cond.Broadcast()
	mu.Unlock()
	fmt.Println("signal with no waiters is a no-op")
}
