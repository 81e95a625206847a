package main

import "fmt"

func search(xs []int, target int) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

func isqrt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	xs := []int{1, 3, 3, 5, 8, 13, 21}
	for _, t := range []int{0, 1, 3, 4, 21, 22} {
		i, ok := search(xs, t)
		fmt.Println(t, i, ok)
	}
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()
}
