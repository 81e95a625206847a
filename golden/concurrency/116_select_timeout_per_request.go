package main

import (
	"fmt"
	"time"
)

func call(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	reqs := []struct {
		name  string
		delay time.Duration
	}{{"fast", 10 * time.Millisecond}, {"slow", 2 * time.Second}, {"medium", 100 * time.Millisecond}}
	for _, r := range reqs {
		select {
		case v := <-call(r.delay, r.name+" reply"):
			fmt.Println(r.name, "->", v)
		case <-time.After(500 * time.Millisecond):
			fmt.Println(r.name, "-> timed out")
		}
	}
}
