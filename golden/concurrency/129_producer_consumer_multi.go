package main

import (
	"fmt"
	"sync"
)

func main() {
	items := make(chan int, 4)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 5; i++ {
				items <- p*100 + i
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(items)
	}()
	var consumers sync.WaitGroup
	sums := make([]int, 2)
	counts := make([]int, 2)
	for c := 0; c < 2; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for v := range items {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	consumers.Wait()
	fmt.Println("consumed:", counts[0]+counts[1], "sum:", sums[0]+sums[1])
}
