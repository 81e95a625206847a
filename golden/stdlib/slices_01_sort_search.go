package main

import (
	"fmt"
	"slices"
)

func main() {
	nums := []int{42, 7, -3, 19, 7, 0}
	slices.Sort(nums)
	fmt.Println(nums, slices.IsSorted(nums))

	words := []string{"kiwi", "apple", "Banana", "cherry"}
	slices.Sort(words)
	fmt.Println(words)

	for _, target := range []int{7, 8, -5, 50} {
		i, found := slices.BinarySearch(nums, target)
		fmt.Println(target, i, found)
	}
	i, found := slices.BinarySearch(words, "cherry")
	fmt.Println(i, found)
	fmt.Println(slices.IsSorted([]int{1, 2, 2, 1}), slices.IsSorted([]string{}))
}
