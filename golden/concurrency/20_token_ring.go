package main

import "fmt"

func main() {
	const n = 5
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(id int, in <-chan int, out chan<- int) {
			for tok := range in {
				if tok >= 12 {
					done <- tok
					return
				}
				fmt.Printf("node %d passes %d\n", id, tok)
				out <- tok + 1
			}
		}(i, chans[i], chans[(i+1)%n])
	}
	chans[0] <- 0
	fmt.Println("final token", <-done)
}
