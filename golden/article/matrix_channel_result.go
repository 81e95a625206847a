package main

import "fmt"

// Decision matrix: use a channel when you need a result or a signal from a goroutine.
func sum(nums []int, out chan<- int) {
	total := 0
	for _, n := range nums {
		total += n
	}
	out <- total
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	out := make(chan int)
	go sum(nums[:4], out)
	go sum(nums[4:], out)
	a, b := <-out, <-out
	fmt.Println("halves add up to", a+b)
	done := make(chan struct{})
	go func() {
		fmt.Println("worker signals completion")
		close(done)
	}()
	<-done
	fmt.Println("main saw the signal")
}
