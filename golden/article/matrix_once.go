package main

import (
	"fmt"
	"sync"
)

// Decision matrix: use sync.Once to run setup exactly once across goroutines.
func main() {
	var once sync.Once
	var wg sync.WaitGroup
	setups := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				setups++
				fmt.Println("setup runs once")
			})
		}()
	}
	wg.Wait()
	fmt.Println("setups:", setups)
}
