package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(ch)
	}()
	fmt.Println("blocking in send")
	ch <- 1
}
