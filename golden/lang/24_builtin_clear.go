// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m["z"] = 26
	fmt.Println(alias)
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(s), cap(sub))
	ps := []*int{new(int), new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil, len(ps))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	var nilMap map[int]bool
	clear(nilMap)
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)
	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	clear(pts[:1])
	fmt.Println(pts)
}
