package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stats struct {
	Count int
	Words []string
}

func main() {
	text := "apple avocado banana blueberry cherry apricot bean"
	byLetter := map[byte][]string{}
	for _, w := range strings.Fields(text) {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	letters := []int{}
	for k := range byLetter {
		letters = append(letters, int(k))
	}
	sort.Ints(letters)
	for _, l := range letters {
		fmt.Printf("%c: %v\n", l, byLetter[byte(l)])
	}
	stats := map[int]*Stats{}
	for _, w := range strings.Fields(text) {
		s, ok := stats[len(w)]
		if !ok {
			s = &Stats{}
			stats[len(w)] = s
		}
		s.Count++
		s.Words = append(s.Words, w)
	}
	fmt.Println(len(stats), stats[6].Count, stats[6].Words)
	inv := map[string]int{"x": 1, "y": 2}
	fmt.Println(inv)
}
