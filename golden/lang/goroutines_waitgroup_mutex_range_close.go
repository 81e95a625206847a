package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
			results[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println(total, results)
	ch := make(chan string)
	done := make(chan struct{})
	go func() {
		for s := range ch {
			fmt.Println("got", s)
		}
		close(done)
	}()
	ch <- "a"
	ch <- "b"
	close(ch)
	<-done
	select {
	case v := <-make(chan int):
		fmt.Println(v)
	default:
		fmt.Println("no value ready")
	}
}
