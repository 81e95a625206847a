package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, -2, 9, 0, 3, 3, -7, 100}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	strs := []string{"pear", "Apple", "banana", "apple", "", "Zebra", "äpfel"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))

	fl := []float64{2.5, math.Inf(1), -1, math.NaN(), 0, math.Inf(-1), -0.5, math.NaN()}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty), sort.IntsAreSorted(empty))

	one := []string{"solo"}
	sort.Strings(one)
	fmt.Println(one)

	fmt.Println(sort.IntsAreSorted([]int{1, 2, 2, 1}))
	fmt.Println(sort.StringsAreSorted([]string{"a", "b", "B"}))
}
