package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	stop := make(chan struct{})
	served := make(chan int)
	go func() {
		state := map[int]int{}
		n := 0
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			case <-stop:
				served <- n
				return
			}
			n++
		}
	}()
	var wg sync.WaitGroup
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				w := writeOp{key: i % 3, val: g + 1, resp: make(chan bool)}
				writes <- w
				<-w.resp
			}
		}(g)
	}
	wg.Wait()
	for k := 0; k < 3; k++ {
		r := readOp{key: k, resp: make(chan int)}
		reads <- r
		fmt.Printf("key %d = %d\n", k, <-r.resp)
	}
	close(stop)
	fmt.Println("ops served:", <-served)
}
