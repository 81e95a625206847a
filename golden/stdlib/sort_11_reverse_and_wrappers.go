package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{4, 1, 8, 2, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	fmt.Println(a)

	s := sort.StringSlice{"kiwi", "fig", "apple", "date"}
	s.Sort()
	fmt.Println(s, s.Len(), s.Less(0, 1))
	s.Swap(0, 3)
	fmt.Println(s, sort.IsSorted(s))

	f := sort.Float64Slice{3.5, -2, 0.25}
	sort.Sort(sort.Reverse(f))
	fmt.Println(f)

	var iface sort.Interface = sort.IntSlice([]int{3, 2, 1})
	sort.Stable(iface)
	fmt.Println(iface)
	fmt.Println(sort.IsSorted(sort.Reverse(sort.IntSlice([]int{3, 2, 2, 1}))))
}
