package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				mu.Lock()
				total += id
				mu.Unlock()
				runtime.Gosched()
			}
		}(i + 1)
	}
	wg.Wait()
	fmt.Println("total:", total)
}
