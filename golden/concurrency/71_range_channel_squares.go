package main

import "fmt"

func squares(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range squares(6) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("\nsum:", sum)
	count := 0
	for range squares(10) {
		count++
	}
	fmt.Println("count:", count)
}
