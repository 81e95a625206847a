package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{42, -7, 0, 13, 13, -100, 8}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	words := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(words)
	fmt.Printf("%q %v\n", words, sort.StringsAreSorted(words))

	fl := []float64{2.5, math.Inf(-1), math.NaN(), -0.5, math.Inf(1), 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))

	fmt.Println(sort.IntsAreSorted([]int{1, 3, 2}), sort.IntsAreSorted(nil))
}
