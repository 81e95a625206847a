// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	squares := make([]int, 6)
	for i := range 6 {
		wg.Go(func() {
			squares[i] = i * i
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(squares, total)
}
