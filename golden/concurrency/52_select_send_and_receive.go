package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		var pending []int
		src := in
		for src != nil || len(pending) > 0 {
			var sendCh chan int
			var next int
			if len(pending) > 0 {
				sendCh = out
				next = pending[0]
			}
			select {
			case v, ok := <-src:
				if !ok {
					src = nil
					continue
				}
				pending = append(pending, v*10)
			case sendCh <- next:
				pending = pending[1:]
			}
		}
		close(out)
	}()
	for v := range out {
		fmt.Println(v)
	}
}
