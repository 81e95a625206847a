package main

import "fmt"

func main() {
	rows, cols := 3, 4
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	for i, r := range jag {
		fmt.Println(i, len(r), r)
	}
	fmt.Println(jag)
	grid[1] = grid[2]
	grid[2][0] = -1
	fmt.Println(grid)
}
