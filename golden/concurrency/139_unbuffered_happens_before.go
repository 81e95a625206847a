package main

import "fmt"

var msg string
var step []string

func setup(done chan<- bool) {
	msg = "hello, world"
	step = append(step, "setup wrote")
	done <- true
}

func main() {
	done := make(chan bool)
	go setup(done)
	<-done
	step = append(step, "main read")
	fmt.Println(msg)
	fmt.Println(step)

	c := make(chan int)
	var a string
	go func() {
		a = "set before receive completes"
		<-c
	}()
	c <- 0
	fmt.Println(a)
}
