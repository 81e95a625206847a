package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println("len after close:", len(ch))
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	s := make(chan string)
	close(s)
	v := <-s
	fmt.Printf("%q\n", v)
	p := make(chan *int)
	close(p)
	fmt.Println(<-p == nil)
}
