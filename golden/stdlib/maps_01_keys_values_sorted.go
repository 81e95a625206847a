package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"pears": 4, "apples": 10, "figs": 0, "kiwis": 7}
	keys := slices.Collect(maps.Keys(stock))
	slices.Sort(keys)
	fmt.Println(keys, len(keys))
	fmt.Println(slices.Sorted(maps.Values(stock)))
	total := 0
	for _, v := range maps.All(stock) {
		total += v
	}
	fmt.Println("total", total)
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("%-7s %2d\n", k, stock[k])
	}
	n := 0
	for range maps.Keys(stock) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("stopped after", n)
	var empty map[int]bool
	fmt.Println(slices.Collect(maps.Keys(empty)) == nil)
}
