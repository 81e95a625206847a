package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	c := slices.Compact(s)
	fmt.Println(c, len(c), s)

	words := []string{"Go", "go", "GO", "Rust", "rust", "Go"}
	cf := slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(cf)

	// sort then compact: distinct values
	d := []int{5, 3, 5, 1, 3, 3}
	slices.Sort(d)
	fmt.Println(slices.Compact(d))

	r := []rune("stressed")
	slices.Reverse(r)
	fmt.Println(string(r))
	e := []int{}
	slices.Reverse(e)
	fmt.Println(e, slices.Compact(e), slices.Compact([]int{7}))
}
