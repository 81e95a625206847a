package main

import (
	"fmt"
	"sync"
)

// Done is called once more than Add: the counter goes below zero and the runtime panics.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker ran")
	}()
	wg.Wait()
	wg.Done()
	fmt.Println("never printed")
}
