package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	zeroes := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-start
			mu.Lock()
			if !ok && v == struct{}{} {
				zeroes++
			}
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("receivers released by close:", zeroes)
}
