package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- fmt.Sprint("result after ", delay)
	}()
	return ch
}

func main() {
	select {
	case r := <-fetch(5 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case r := <-fetch(2 * time.Second):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 2")
	}
}
