package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  string
	resp chan int
}

type writeOp struct {
	key  string
	val  int
	resp chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	stop := make(chan struct{})
	go func() {
		state := map[string]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	keys := []string{"x", "y", "z"}
	for i := 0; i < 9; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			w := writeOp{keys[i%3], i, make(chan bool)}
			writes <- w
			<-w.resp
		}(i)
	}
	wg.Wait()
	for _, k := range keys {
		r := readOp{k, make(chan int)}
		reads <- r
		fmt.Println(k, <-r.resp)
	}
	close(stop)
}
