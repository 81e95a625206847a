package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var started atomic.Bool
	fmt.Println("zero:", started.Load())
	var wg sync.WaitGroup
	var winners atomic.Int32
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if started.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("started:", started.Load(), "winners:", winners.Load())
	fmt.Println("swap old:", started.Swap(false), "now:", started.Load())
	started.Store(true)
	fmt.Println("CAS(false,true):", started.CompareAndSwap(false, true))
}
