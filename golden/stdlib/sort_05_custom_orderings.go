package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int      { return len(s) }
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	words := strings.Fields("banana kiwi apple fig cherry date grape lime plum")
	sort.Sort(byLenThenAlpha(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLenThenAlpha(words)))
	fmt.Println(words)
	ci := []string{"b", "A", "c", "B", "a"}
	sort.SliceStable(ci, func(i, j int) bool { return strings.ToLower(ci[i]) < strings.ToLower(ci[j]) })
	fmt.Println(ci)
	nums := []int{-3, 2, -1, 5, 0, -4}
	sort.Slice(nums, func(i, j int) bool {
		ai, aj := nums[i], nums[j]
		if ai < 0 {
			ai = -ai
		}
		if aj < 0 {
			aj = -aj
		}
		return ai < aj
	})
	fmt.Println(nums)
	perm := []int{3, 0, 2, 1}
	vals := []string{"d", "a", "c", "b"}
	sort.Sort(pairSorter{perm, vals})
	fmt.Println(perm, vals)
}

type pairSorter struct {
	keys []int
	vals []string
}

func (p pairSorter) Len() int           { return len(p.keys) }
func (p pairSorter) Less(i, j int) bool { return p.keys[i] < p.keys[j] }
func (p pairSorter) Swap(i, j int) {
	p.keys[i], p.keys[j] = p.keys[j], p.keys[i]
	p.vals[i], p.vals[j] = p.vals[j], p.vals[i]
}
