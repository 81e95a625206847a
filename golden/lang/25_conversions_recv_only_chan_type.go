package main

import "fmt"

func main() {
	c := make(chan string, 1)
	var r <-chan string = c
	c <- "hi"
	x := make(<-chan int)
	fmt.Println(<-r, cap(x))
	fmt.Printf("%T %T\n", r, (<-chan []int)(nil))
}
