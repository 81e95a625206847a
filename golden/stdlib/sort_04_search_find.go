package main

import (
	"fmt"
	"sort"
	"strings"
)

func insertSorted(xs []int, v int) []int {
	i := sort.SearchInts(xs, v)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	var xs []int
	for _, v := range []int{5, 1, 9, 3, 7, 3, 0} {
		xs = insertSorted(xs, v)
	}
	fmt.Println(xs)
	names := []string{"ann", "bob", "cal", "dee"}
	i, found := sort.Find(len(names), func(i int) int { return strings.Compare("cal", names[i]) })
	fmt.Println(i, found)
	i, found = sort.Find(len(names), func(i int) int { return strings.Compare("bz", names[i]) })
	fmt.Println(i, found)
	fl := []float64{1.1, 2.2, 3.3}
	fmt.Println(sort.SearchFloat64s(fl, 2.2), sort.SearchFloat64s(fl, 5))
	first := sort.Search(len(xs), func(i int) bool { return xs[i] >= 4 })
	fmt.Println(first, xs[first])
	fmt.Println(sort.StringsAreSorted(names), sort.Float64sAreSorted([]float64{2, 1}))
}
