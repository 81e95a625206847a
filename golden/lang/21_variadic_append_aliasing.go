package main

import "fmt"

func appendAll(dst []int, xs ...int) []int {
	return append(dst, xs...)
}

func modify(xs ...int) {
	for i := range xs {
		xs[i] *= 10
	}
}

func count(xs ...interface{}) int { return len(xs) }

func main() {
	base := []int{1, 2, 3}
	out := appendAll(nil, base...)
	out[0] = 100
	fmt.Println(base, out)
	modify(base...)
	fmt.Println(base)
	modify(base[1:]...)
	fmt.Println(base)
	var nilSlice []interface{}
	fmt.Println(count(), count(nil), count(nilSlice...), count(nilSlice), count(1, nil))
}
