package main

import (
	"fmt"
	"sort"
	"strings"
)

type word struct {
	text  string
	count int
}

func main() {
	words := []word{{"go", 3}, {"java", 1}, {"rust", 3}, {"c", 5}, {"zig", 1}, {"ada", 3}}
	sort.SliceStable(words, func(i, j int) bool { return words[i].count > words[j].count })
	fmt.Println(words)

	names := strings.Fields("delta Alpha charlie bravo Echo foxtrot")
	sort.Slice(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
	fmt.Println(names)
	fmt.Println(sort.SliceIsSorted(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) }))
	fmt.Println(sort.SliceIsSorted(names, func(i, j int) bool { return names[i] < names[j] }))

	byLen := strings.Fields("aaa b cc dddd e ff ggg")
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) })
	fmt.Println(byLen)

	grid := [][]int{{3, 1}, {1, 2}, {3, 0}, {1, 1}, {2, 9}}
	sort.Slice(grid, func(i, j int) bool {
		if grid[i][0] != grid[j][0] {
			return grid[i][0] < grid[j][0]
		}
		return grid[i][1] < grid[j][1]
	})
	fmt.Println(grid)

	arr := [5]int{5, 4, 3, 2, 1}
	sort.Ints(arr[1:4])
	fmt.Println(arr)
}
