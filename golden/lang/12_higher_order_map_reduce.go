package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	sq := mapInts(xs, func(x int) int { return x * x })
	fmt.Println(sq)
	fmt.Println(reduce(sq, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(xs, 1, func(a, b int) int { return a * b }))
	fmt.Println(curry(1)(2)(3))
	func() {
		fmt.Println("immediately invoked")
	}()
	r := func(a, b int) int { return a - b }(10, 4)
	fmt.Println(r)
}
