package main

import "fmt"

func sender(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func receiver(in <-chan int, res chan<- string) {
	s := ""
	for v := range in {
		s += fmt.Sprint(v)
	}
	res <- s
}

func main() {
	ch := make(chan int, 2)
	res := make(chan string)
	go sender(ch, 6)
	go receiver(ch, res)
	fmt.Println(<-res)
	var ro <-chan int = ch
	var so chan<- int = make(chan int, 1)
	fmt.Printf("%T %T %T\n", ch, ro, so)
	so <- 5
	fmt.Println(len(so), cap(so))
}
