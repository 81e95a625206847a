package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup

	// Add one to the counter for the single worker.
	wg.Add(1)

	go func() {
		// Decrement the counter when the worker finishes.
		defer wg.Done()
		time.Sleep(1 * time.Second)
		fmt.Println("Worker finished")
	}()

	// Block main until the counter reaches zero.
	wg.Wait()
	fmt.Println("All work complete")
}
