package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("ponger got", v)
			pong <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 3; i++ {
		ping <- v
		v = <-pong
		fmt.Println("pinger got", v)
	}
	close(ping)
	<-done
	fmt.Println("finished", v)
}
