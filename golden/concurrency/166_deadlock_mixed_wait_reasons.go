// Every goroutine blocks in a different way (range over a channel, send, Mutex.Lock,
// Cond.Wait, a nil channel, select): Go lists each with its wait reason and its line.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- v * id
	}
}

func main() {
	var wg sync.WaitGroup
	in := make(chan int)
	out := make(chan int)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, in, out, &wg)
	}
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("never")
	}()
	var cond = sync.NewCond(&sync.Mutex{})
	go func() {
		cond.L.Lock()
		cond.Wait()
	}()
	go func() {
		var nilch chan int
		nilch <- 1
	}()
	go func() {
		select {
		case <-in:
		case out <- 1:
		}
	}()
	in <- 1
	fmt.Println("sent one")
	wg.Wait()
}
