package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"the", "cat", "sat", "on", "the", "mat", "the", "cat"}
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, freq[k])
	}
	total := 0
	for _, v := range freq {
		total += v
	}
	fmt.Println("total", total)
	fmt.Println(freq)
	fmt.Printf("%v\n", map[int]string{3: "c", 1: "a", 2: "b", -1: "z"})
}
