package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	fmt.Println("a mutex may be unlocked by another goroutine")
	mu.Unlock()
	handoff := make(chan int)
	var order []int
	mu.Lock()
	go func() {
		mu.Lock()
		order = append(order, 2)
		mu.Unlock()
		handoff <- 0
	}()
	order = append(order, 1)
	mu.Unlock()
	<-handoff
	fmt.Println(order)
}
