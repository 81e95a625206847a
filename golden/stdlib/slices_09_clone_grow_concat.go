package main

import (
	"fmt"
	"slices"
)

func main() {
	orig := []int{1, 2, 3}
	c := slices.Clone(orig)
	c[0] = 99
	fmt.Println(orig, c)
	var nilSlice []int
	fmt.Println(slices.Clone(nilSlice) == nil, slices.Clone([]int{}) == nil)

	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println(len(g), cap(g) >= 12)
	g2 := make([]int, 2, 10)
	fmt.Println(cap(slices.Grow(g2, 5)))

	clipped := slices.Clip(g2)
	fmt.Println(len(clipped), cap(clipped))

	all := slices.Concat([]string{"a"}, []string{}, []string{"b", "c"}, nil, []string{"d"})
	fmt.Println(all, len(all))
	fmt.Println(slices.Concat[[]int]() == nil)

	rep := slices.Repeat([]string{"ab", "c"}, 3)
	fmt.Println(rep, len(rep))
	fmt.Println(slices.Repeat([]int{1}, 0), len(slices.Repeat([]int(nil), 5)))

	defer func() { fmt.Println("panic:", recover()) }()
	slices.Grow(orig, -1)
}
