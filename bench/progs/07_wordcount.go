package main

import (
	"fmt"
	"sort"
)

// Counts 1M words drawn by an LCG from a Zipf-like vocabulary, then sorts by count.
func main() {
	letters := "etaoinshrdlu"
	var seed uint32 = 12345
	next := func() uint32 {
		seed = seed*1664525 + 1013904223
		return seed >> 8
	}
	counts := map[string]int{}
	buf := make([]byte, 0, 8)
	for i := 0; i < 1000000; i++ {
		n := 1 + int(next()%5)
		buf = buf[:0]
		for j := 0; j < n; j++ {
			r := next() % 144
			// squaring skews the distribution toward the first letters
			buf = append(buf, letters[r*r/(144*144/12)])
		}
		counts[string(buf)]++
	}
	type wc struct {
		word  string
		count int
	}
	list := make([]wc, 0, len(counts))
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("distinct:", len(list), "top:", list[0].word, list[0].count, list[1].word, list[1].count, list[2].word, list[2].count)
}
