package main

import "fmt"

func source(vals ...int) <-chan int {
	ch := make(chan int, len(vals))
	for _, v := range vals {
		ch <- v
	}
	close(ch)
	return ch
}

func main() {
	a := source(1, 3, 5)
	b := source(2, 4, 6, 8, 10)
	sumA, sumB, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed++
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				closed++
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println("sums:", sumA, sumB, "closed:", closed)
}
