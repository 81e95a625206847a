// A wrong answer to A Tour of Go's word-count exercise (it lower-cases the words):
// golang.org/x/tour/wc prints FAIL for the first case (no trailing newline) with both maps, and stops.
// Output derived from the Tour package's documented output.
package main

import (
	"fmt"
	"strings"

	"golang.org/x/tour/wc"
)

func WordCount(s string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		counts[w]++
	}
	return counts
}

func main() {
	wc.Test(WordCount)
	fmt.Println()
	fmt.Println("done")
}
