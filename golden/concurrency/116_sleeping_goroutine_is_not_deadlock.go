package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		ch <- "woke up and sent"
	}()
	fmt.Println("main blocks on receive")
	fmt.Println(<-ch)
}
