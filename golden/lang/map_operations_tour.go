package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = nil
	v, ok := m["b"]
	fmt.Println(v == nil, ok, len(m))
	delete(m, "b")
	delete(m, "zz")
	fmt.Println(m)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	keys := make([]string, 0)
	for r, n := range counts {
		keys = append(keys, fmt.Sprintf("%c=%d", r, n))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	type key struct{ a, b int }
	grid := map[key]string{{1, 2}: "x"}
	fmt.Println(grid[key{1, 2}], grid)
	mm := map[string]map[string]int{"o": {"i": 1}}
	mm["o"]["j"] = 2
	fmt.Println(mm)
}
