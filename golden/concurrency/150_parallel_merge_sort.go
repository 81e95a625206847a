package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

func sortPar(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	if depth <= 0 {
		return merge(sortPar(xs[:mid], 0), sortPar(xs[mid:], 0))
	}
	left := make(chan []int)
	go func() { left <- sortPar(xs[:mid], depth-1) }()
	right := sortPar(xs[mid:], depth-1)
	return merge(<-left, right)
}

func main() {
	xs := make([]int, 40)
	seed := 17
	for i := range xs {
		seed = (seed*1103515245 + 12345) % 2147483648
		xs[i] = seed % 1000
	}
	fmt.Println(sortPar(xs, 3))
}
