package main

import (
	"fmt"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 15)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = fib(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("wait on zero counter returns at once")
}
