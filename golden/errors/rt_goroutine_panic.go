package main

import "fmt"

func main() {
	fmt.Println("main starts")
	block := make(chan struct{})
	go func() {
		panic("panic in goroutine")
	}()
	<-block
}
