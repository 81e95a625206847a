package main

import "fmt"

func main() {
	var x chan <-chan int
	var y chan<- <-chan int
	fmt.Printf("%T|%T\n", x, y)
	ch := make(chan int)
	fmt.Printf("%T\n", (<-chan int)(ch))
	fmt.Printf("%T\n", make(<-chan int))
	fmt.Printf("%T\n", make(<-chan chan int))
	fmt.Printf("%T\n", []<-chan int{})
	fmt.Printf("%T\n", make(<-chan <-chan int))
	fmt.Printf("%T\n", make(chan <-chan int))
	var r <-chan int = ch
	go func() { ch <- 4 }()
	fmt.Println(<-r)
}
