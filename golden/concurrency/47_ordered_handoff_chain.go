package main

import "fmt"

func main() {
	const n = 6
	turn := make([]chan struct{}, n+1)
	for i := range turn {
		turn[i] = make(chan struct{})
	}
	for i := 0; i < n; i++ {
		go func(i int) {
			<-turn[i]
			fmt.Println("goroutine", i, "runs in order")
			turn[i+1] <- struct{}{}
		}(i)
	}
	turn[0] <- struct{}{}
	<-turn[n]
	fmt.Println("all done")
}
