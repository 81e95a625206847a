package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				goto found
			}
			continue
		found:
			return i, j
		}
	}
	return -1, -1
}

func main() {
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(g, 4))
	fmt.Println(find(g, 9))
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n)
		goto retry
	}
	fmt.Println("done after", n)
L1:
	for i := 0; i < 2; i++ {
	L2:
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue L2
			case i == 1:
				break L1
			}
			fmt.Println(i, j)
		}
	}
}
