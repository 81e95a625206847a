package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	return ch
}

func main() {
	sum := 0
	for v := range produce(5) {
		fmt.Println("recv", v)
		sum += v
	}
	fmt.Println("sum", sum)
	ch := make(chan int, 2)
	ch <- 10
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v = <-ch
	fmt.Println(v)
}
