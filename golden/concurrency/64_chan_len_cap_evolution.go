package main

import "fmt"

func main() {
	var nilCh chan int
	fmt.Println("nil:", len(nilCh), cap(nilCh), nilCh == nil)

	unbuf := make(chan string)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))

	ch := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		ch <- i * 10
		fmt.Printf("after send %d: len=%d cap=%d\n", i, len(ch), cap(ch))
	}
	for len(ch) > 0 {
		v := <-ch
		fmt.Printf("got %d: len=%d\n", v, len(ch))
	}
	close(ch)
	fmt.Println("closed:", len(ch), cap(ch))

	zero := make(chan bool, 0)
	fmt.Println("make(chan bool, 0):", cap(zero))
}
