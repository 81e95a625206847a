package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	done <- total
}

func main() {
	ch := make(chan int, 2)
	done := make(chan int)
	var sendOnly chan<- int = ch
	var recvOnly <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, sendOnly, recvOnly)
	fmt.Println(cap(sendOnly), len(recvOnly))
	go producer(ch, 5)
	go consumer(ch, done)
	fmt.Println("total:", <-done)
	var x interface{} = recvOnly
	_, isBi := x.(chan int)
	_, isRecv := x.(<-chan int)
	fmt.Println(isBi, isRecv)
	cc := make(chan (<-chan int), 1)
	cc <- recvOnly
	fmt.Printf("%T\n", cc)
}
