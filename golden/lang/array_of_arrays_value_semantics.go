package main

import "fmt"

func main() {
	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[1][1] = 99
	row := grid[2]
	row[0] = -1
	fmt.Println(grid)
	fmt.Println(g2)
	fmt.Println(row, len(grid), len(grid[0]))
	p := &grid[1]
	p[2] = 7
	fmt.Println(grid[1])
	s := grid[:]
	s[0][0] = 5
	fmt.Println(grid[0])
	b := [2][2]string{{"a", "b"}, {"c"}}
	fmt.Printf("%q %v\n", b, b == [2][2]string{{"a", "b"}, {"c", ""}})
}
