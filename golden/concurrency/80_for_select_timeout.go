package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(10 * time.Millisecond)
			results <- fmt.Sprint("result ", i)
		}
	}()
	for {
		select {
		case r := <-results:
			fmt.Println(r)
		case <-time.After(500 * time.Millisecond):
			fmt.Println("timeout: no more results")
			return
		}
	}
}
