package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{0, 1, 3, 4, 12, 13} {
		i := sort.SearchInts(a, x)
		found := i < len(a) && a[i] == x
		fmt.Printf("SearchInts(%d) = %d found=%v\n", x, i, found)
	}
	s := []string{"ant", "bee", "cat", "dog"}
	fmt.Println(sort.SearchStrings(s, "cat"), sort.SearchStrings(s, "cow"), sort.SearchStrings(s, "zzz"))
	f := []float64{-1.5, 0, 2.25, 8}
	fmt.Println(sort.SearchFloat64s(f, 2.25), sort.SearchFloat64s(f, 3))
	fmt.Println(sort.IntSlice(a).Search(7), sort.StringSlice(s).Search("a"))

	// Search for the first index where a predicate turns true.
	n := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first i with i*i >= 50:", n)
	// Descending data: search with >=.
	d := []int{90, 70, 50, 30, 10}
	i := sort.Search(len(d), func(i int) bool { return d[i] <= 50 })
	fmt.Println("descending index of 50:", i)
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	fmt.Println(sort.Search(5, func(int) bool { return false }))

	// Guessing game style search.
	secret := 37
	calls := 0
	g := sort.Search(100, func(i int) bool { calls++; return i >= secret })
	fmt.Println("guessed", g, "in", calls, "calls")
}
