package main

import (
	"fmt"
	"sync"
)

// The worker waits on a channel that nobody closes, so main hangs in Wait: every goroutine
// is asleep, and the runtime reports a deadlock.
func main() {
	var wg sync.WaitGroup
	results := make(chan int)

	wg.Add(1)
	go func() {
		defer wg.Done()
		for r := range results {
			fmt.Println("got", r)
		}
	}()

	fmt.Println("waiting for the worker")
	wg.Wait()
	fmt.Println("never printed")
}
