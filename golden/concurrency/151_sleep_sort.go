package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	nums := []int{5, 2, 8, 1, 9, 3, 7}
	out := make(chan int)
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * 40 * time.Millisecond)
			out <- n
		}(n)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	for n := range out {
		fmt.Print(n, " ")
	}
	fmt.Println()
}
