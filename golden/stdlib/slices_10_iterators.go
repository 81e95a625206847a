package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []string{"x", "y", "z"}
	for i, v := range slices.All(s) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		if v == "z" {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	upper := slices.Collect(func(yield func(string) bool) {
		for _, v := range s {
			if !yield(strings.ToUpper(v)) {
				return
			}
		}
	})
	fmt.Println(upper)
	fmt.Println(slices.AppendSeq([]string{"w"}, slices.Values(s)))

	ages := map[string]int{"tom": 30, "ann": 25, "zoe": 35, "bob": 25}
	names := slices.Sorted(maps.Keys(ages))
	fmt.Println(names)
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	byLen := slices.SortedFunc(slices.Values([]string{"ccc", "a", "bb"}), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
	st := slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(st)
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
}
