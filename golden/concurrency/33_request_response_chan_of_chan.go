package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a * r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{i, i + 1, make(chan int)}
		reqs <- r
		fmt.Printf("%d*%d=%d\n", r.a, r.b, <-r.reply)
	}
	close(reqs)
}
