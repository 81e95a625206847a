package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	go func() {
		for _, gap := range []int{50, 100, 80} {
			time.Sleep(time.Duration(gap) * time.Millisecond)
			events <- fmt.Sprintf("event after %dms", gap)
		}
	}()
	for {
		select {
		case e := <-events:
			fmt.Println(e)
		case <-time.After(300 * time.Millisecond):
			fmt.Println("idle for 300ms, giving up")
			return
		}
	}
}
