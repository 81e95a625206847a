package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("sleeper done, never sends")
	}()
	fmt.Println("main waits")
	<-ch
}
