// A Tour of Go's word-count exercise, solved, run unchanged: golang.org/x/tour/wc checks it.
// Output derived from the Tour package's documented output (the Go 1.19 oracle here has no
// network to fetch golang.org/x/tour).
package main

import (
	"strings"

	"golang.org/x/tour/wc"
)

func WordCount(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func main() {
	wc.Test(WordCount)
}
