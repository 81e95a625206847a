package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			sum += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum)
	ch := make(chan int)
	for i := 0; i < 100; i++ {
		go func(i int) { ch <- i }(i)
	}
	total := 0
	for i := 0; i < 100; i++ {
		total += <-ch
	}
	fmt.Println(total)
}
