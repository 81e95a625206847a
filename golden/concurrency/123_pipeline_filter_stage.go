package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		t := 0
		for n := range in {
			t += n
		}
		out <- t
		close(out)
	}()
	return out
}

func main() {
	for v := range odd(sq(gen(1, 2, 3, 4, 5, 6, 7))) {
		fmt.Println(v)
	}
	fmt.Println("sum of squares 1..10:", <-sum(sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))))
	fmt.Println("fourth powers:", <-sum(sq(sq(gen(1, 2, 3)))))
}
