// Package golang.org/x/tour/wc, as gosub provides it: the checker of A Tour of Go's
// word-count exercise, so that the exercise's solutions run unchanged. It prints what the
// Tour's package prints: PASS and the result for each case, or FAIL with the expected map.
package wc

import "fmt"

type wordCase struct {
	text  string
	count map[string]int
}

var wordCases = []wordCase{
	{"I am learning Go!", map[string]int{"I": 1, "am": 1, "learning": 1, "Go!": 1}},
	{"The quick brown fox jumped over the lazy dog.", map[string]int{
		"The": 1, "quick": 1, "brown": 1, "fox": 1, "jumped": 1, "over": 1, "the": 1, "lazy": 1, "dog.": 1}},
	{"I ate a donut. Then I ate another donut.", map[string]int{
		"I": 2, "ate": 2, "a": 1, "donut.": 2, "Then": 1, "another": 1}},
	{"A man a plan a canal panama.", map[string]int{
		"A": 1, "man": 1, "a": 2, "plan": 1, "canal": 1, "panama.": 1}},
}

// Test runs f on each case and stops at the first wrong answer.
func Test(f func(string) map[string]int) {
	for _, c := range wordCases {
		got := f(c.text)
		if !sameCounts(got, c.count) {
			fmt.Printf("FAIL\n f(%q) =\n  %#v\n want:\n  %#v", c.text, got, c.count)
			return
		}
		fmt.Printf("PASS\n f(%q) = \n  %#v\n", c.text, got)
	}
}

func sameCounts(got, want map[string]int) bool {
	if len(got) != len(want) {
		return false
	}
	for word, n := range want {
		if got[word] != n {
			return false
		}
	}
	return true
}
