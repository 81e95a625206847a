package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	if id == 3 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
}

func main() {
	fmt.Println("starting")
	block := make(chan int)
	go worker(3)
	select {
	case <-block:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("unreachable")
}
