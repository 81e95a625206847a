package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, seq int
}

type recs []rec

func (r recs) Len() int           { return len(r) }
func (r recs) Less(i, j int) bool { return r[i].key < r[j].key }
func (r recs) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func main() {
	var r recs
	x := 7
	for i := 0; i < 60; i++ {
		x = (x*31 + 11) % 97
		r = append(r, rec{x % 5, i})
	}
	sort.Stable(r)
	ok := true
	for i := 1; i < len(r); i++ {
		if r[i-1].key == r[i].key && r[i-1].seq > r[i].seq {
			ok = false
		}
	}
	fmt.Println("stable:", ok, sort.IsSorted(r))
	for _, e := range r[:12] {
		fmt.Print(e.key, ":", e.seq, " ")
	}
	fmt.Println()
	// Unstable sort of the same data: Go's pdqsort gives a fixed order.
	var u recs
	x = 7
	for i := 0; i < 60; i++ {
		x = (x*31 + 11) % 97
		u = append(u, rec{x % 5, i})
	}
	sort.Sort(u)
	for _, e := range u[:12] {
		fmt.Print(e.key, ":", e.seq, " ")
	}
	fmt.Println()
}
