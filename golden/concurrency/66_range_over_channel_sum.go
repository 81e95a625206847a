package main

import "fmt"

func produce(n int) <-chan int {
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
	count := 0
	for v := range produce(10) {
		sum += v
		count++
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("count", count, "sum", sum)

	empty := make(chan int)
	close(empty)
	for v := range empty {
		fmt.Println("never", v)
	}
	fmt.Println("range over closed empty channel ends at once")
}
