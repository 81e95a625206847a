package main

import (
	"fmt"
	"sync"
)

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func collatzLen(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	in := []int{1, 2, 3, 6, 7, 9, 27, 97, 871}
	fmt.Println(ParallelMap(in, 3, collatzLen))
	fmt.Println(ParallelMap([]string{"a", "bb", "ccc"}, 2, func(s string) int { return len(s) }))
}
