package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("deferred runs on Goexit")
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("main continues")
}
