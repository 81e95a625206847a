package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("call timed out")

func call(d time.Duration, timeout time.Duration) (string, error) {
	res := make(chan string, 1)
	go func() {
		time.Sleep(d)
		res <- fmt.Sprintf("finished in %v", d)
	}()
	select {
	case r := <-res:
		return r, nil
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 300 * time.Millisecond, 50 * time.Millisecond, 1 * time.Second} {
		r, err := call(d, 150*time.Millisecond)
		if err != nil {
			fmt.Println(d, "->", err)
			continue
		}
		fmt.Println(d, "->", r)
	}
}
