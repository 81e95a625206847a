package main

import "fmt"

func gen(start, step int) func() (int, bool) {
	cur := start
	return func() (int, bool) {
		if cur > 20 {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			calls++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return calls
		}
}

func main() {
	next := gen(3, 5)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sq, calls := memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("calls:", calls())
}
