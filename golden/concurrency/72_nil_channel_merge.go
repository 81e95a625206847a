package main

import "fmt"

func gen(vals ...int) chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := gen(1, 2, 3)
	b := gen(100, 200)
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
	fmt.Println(sumA, sumB, "closed:", closed)
}
