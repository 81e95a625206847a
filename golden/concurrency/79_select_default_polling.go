package main

import "fmt"

func main() {
	work := make(chan int, 3)
	polls := 0
	received := []int{}
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			work <- i
		}
		select {
		case v := <-work:
			received = append(received, v)
		default:
			polls++
		}
	}
	fmt.Println("received:", received)
	fmt.Println("empty polls:", polls)
	out := make(chan int)
	select {
	case out <- 1:
		fmt.Println("sent without receiver?")
	default:
		fmt.Println("send would block")
	}
}
