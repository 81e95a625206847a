package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var s chan<- int = ch
	s <- 1
	fmt.Println(<-s)
}
