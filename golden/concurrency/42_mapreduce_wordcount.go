package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	docs := []string{
		"the quick brown fox",
		"the lazy dog",
		"quick quick fox jumps",
		"dog eats the fox",
	}
	partials := make(chan map[string]int, len(docs))
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(doc string) {
			defer wg.Done()
			counts := map[string]int{}
			for _, w := range strings.Fields(doc) {
				counts[w]++
			}
			partials <- counts
		}(d)
	}
	wg.Wait()
	close(partials)
	total := map[string]int{}
	for p := range partials {
		for w, c := range p {
			total[w] += c
		}
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range total {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, x := range list {
		fmt.Println(x.w, x.c)
	}
}
