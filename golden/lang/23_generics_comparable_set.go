package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func Union[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		out.Add(k)
	}
	for k := range b {
		out.Add(k)
	}
	return out
}

func SortedInts(s Set[int]) []int {
	var out []int
	for k := range s {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3, 2, 1)
	b := NewSet(3, 4, 5)
	fmt.Println(a.Len(), b.Len())
	fmt.Println(a.Has(2), a.Has(9))
	u := Union(a, b)
	fmt.Println(SortedInts(u))
	type pt struct{ x, y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}))
}
