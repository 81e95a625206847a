package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type entry struct {
	word string
	n    int
}

func main() {
	text := "the cat and the dog and the bird saw a cat run to a dog"
	counts := map[string]int{}
	var order []string
	for _, w := range strings.Fields(text) {
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
	}
	var es []entry
	for _, w := range order {
		es = append(es, entry{w, counts[w]})
	}
	// by count descending; words with equal counts keep first-appearance order
	slices.SortStableFunc(es, func(a, b entry) int { return cmp.Compare(b.n, a.n) })
	for _, e := range es {
		fmt.Print(e.word, ":", e.n, " ")
	}
	fmt.Println()

	// stable by length keeps alphabetical order within a length
	ws := slices.Clone(order)
	slices.Sort(ws)
	slices.SortStableFunc(ws, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(ws)
}
