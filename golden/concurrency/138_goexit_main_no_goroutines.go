package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("last goroutine finishing")
	}()
	defer fmt.Println("main's defer runs on Goexit")
	runtime.Goexit()
}
