package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c"}
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println(s, len(s))
	s = slices.Insert(s, len(s), "end")
	fmt.Println(s)
	s = slices.Insert(s, 0)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))

	// Delete zeroes the elements between the new and old length
	nums := []int{10, 20, 30, 40, 50}
	kept := slices.Delete(nums, 0, 2)
	fmt.Println(kept, nums)

	odd := func(n int) bool { return n%2 == 1 }
	vals := []int{1, 2, 3, 4, 5, 6, 7}
	even := slices.DeleteFunc(vals, odd)
	fmt.Println(even, vals)

	r := slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9)
	fmt.Println(r)
	r = slices.Replace([]int{1, 2, 3, 4}, 1, 2, 7, 8, 9)
	fmt.Println(r)
}
