package main

import (
	"fmt"
	"sync"
)

func main() {
	var outer sync.WaitGroup
	totals := make([]int, 3)
	for g := 0; g < 3; g++ {
		outer.Add(1)
		go func(g int) {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, 4)
			for p := 0; p < 4; p++ {
				inner.Add(1)
				go func(p int) {
					defer inner.Done()
					parts[p] = (g + 1) * (p + 1)
				}(p)
			}
			inner.Wait()
			for _, v := range parts {
				totals[g] += v
			}
		}(g)
	}
	outer.Wait()
	fmt.Println(totals)

	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("Wait on zero counter returns at once")
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go wg.Done()
	}
	wg.Wait()
	fmt.Println("reused")
}
