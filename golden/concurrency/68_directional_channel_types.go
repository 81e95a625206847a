package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func doubler(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	c1 := make(chan int)
	c2 := make(chan int)
	go producer(c1, 5)
	go doubler(c1, c2)
	for v := range c2 {
		fmt.Print(v, " ")
	}
	fmt.Println()

	bi := make(chan string, 1)
	var send chan<- string = bi
	var recv <-chan string = bi
	send <- "through"
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", bi, send, recv)
	fmt.Println(cap(send), len(recv))
	var chs []chan<- int
	chs = append(chs, make(chan int, 1))
	chs[0] <- 9
	fmt.Println(len(chs[0]))
}
