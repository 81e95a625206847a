package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	fmt.Println(a)

	s := []string{"go", "java", "c", "rust"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s)

	f := sort.Float64Slice{1.5, -2, 3.25}
	f.Sort()
	fmt.Println(f, f.Search(1.5), f.Len())

	is := sort.IntSlice{9, 3, 6}
	is.Sort()
	fmt.Println(is, is.Search(6), is.Search(7))
	fmt.Println(sort.IsSorted(sort.Reverse(is)), sort.IsSorted(is))
}
