// main closes the channel its producer still sends on: the producer goroutine panics.
package main

import (
	"fmt"
	"time"
)

func producer(ch chan<- int, id int) {
	for i := 0; ; i++ {
		ch <- id*100 + i
	}
}

func main() {
	ch := make(chan int)
	go producer(ch, 1)
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	close(ch)
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
