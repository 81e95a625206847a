package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			c.Wait()
			order = append(order, i)
			mu.Unlock()
		}(i)
		time.Sleep(20 * time.Millisecond)
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		c.Signal()
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("woken in order:", order)

	ch := make(chan int)
	res := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			v := <-ch
			res <- fmt.Sprintf("receiver %d got %d", i, v)
		}(i)
		time.Sleep(20 * time.Millisecond)
	}
	for v := 1; v <= 3; v++ {
		ch <- v
		fmt.Println(<-res)
	}
	bc := make(chan int, 1)
	bc <- 0
	for i := 1; i <= 3; i++ {
		go func(i int) { bc <- i }(i)
		time.Sleep(20 * time.Millisecond)
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-bc, " ")
	}
	fmt.Println()
}
