package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- strings.ToUpper(r.text)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	replies := make([]chan string, 0)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		r := request{w, make(chan string, 1)}
		reqs <- r
		replies = append(replies, r.reply)
	}
	close(reqs)
	for _, c := range replies {
		fmt.Println(<-c)
	}
}
