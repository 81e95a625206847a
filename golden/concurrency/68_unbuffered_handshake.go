package main

import "fmt"

func main() {
	ch := make(chan int)
	ack := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			v := <-ch
			fmt.Println("worker got", v)
			ack <- true
		}
	}()
	for i := 1; i <= 3; i++ {
		fmt.Println("main sends", i*10)
		ch <- i * 10
		<-ack
		fmt.Println("main saw ack", i)
	}
	fmt.Println("len/cap of unbuffered:", len(ch), cap(ch))
}
