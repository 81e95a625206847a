package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 4 {
				break
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	cnt := 0
	for {
		cnt++
		if cnt > 3 {
			break
		}
	}
	fmt.Println(cnt)
}
