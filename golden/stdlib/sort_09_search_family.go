package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 10}
	for _, x := range []int{0, 1, 3, 4, 10, 11} {
		fmt.Println(x, sort.SearchInts(a, x))
	}
	s := []string{"apple", "cherry", "kiwi"}
	fmt.Println(sort.SearchStrings(s, "banana"), sort.SearchStrings(s, "kiwi"), sort.SearchStrings(s, "zebra"))
	fl := []float64{0.5, 1.5, 2.5}
	fmt.Println(sort.SearchFloat64s(fl, 1.5), sort.SearchFloat64s(fl, 2))

	// first index whose square exceeds 50
	i := sort.Search(100, func(i int) bool { return i*i > 50 })
	fmt.Println("first i with i*i > 50:", i)

	// guessing game: find a hidden number with Search
	hidden := 37
	calls := 0
	g := sort.Search(100, func(n int) bool {
		calls++
		return n >= hidden
	})
	fmt.Println("found", g, "in", calls, "calls")

	// descending data with a reversed predicate
	desc := []int{90, 70, 50, 30, 10}
	j := sort.Search(len(desc), func(i int) bool { return desc[i] <= 40 })
	fmt.Println("first <= 40 at", j, desc[j])
}
