package main

import (
	"fmt"
	"time"
)

func worker(n int) {
	if n == 0 {
		panic(fmt.Sprintf("worker %d: division by zero", n))
	}
}

func main() {
	fmt.Println("starting worker")
	done := make(chan bool)
	go func() {
		worker(0)
		done <- true
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("unreachable")
}
