package main

import (
	"fmt"
	"sync"
)

func main() {
	queue := make(chan int, 4)
	var prodWG, consWG sync.WaitGroup
	for p := 0; p < 3; p++ {
		prodWG.Add(1)
		go func(p int) {
			defer prodWG.Done()
			for i := 0; i < 10; i++ {
				queue <- p*100 + i
			}
		}(p)
	}
	sums := make([]int, 2)
	counts := make([]int, 2)
	for c := 0; c < 2; c++ {
		consWG.Add(1)
		go func(c int) {
			defer consWG.Done()
			for v := range queue {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	prodWG.Wait()
	close(queue)
	consWG.Wait()
	fmt.Println("items consumed:", counts[0]+counts[1])
	fmt.Println("sum:", sums[0]+sums[1])
}
