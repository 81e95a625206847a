package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("found negative at", i, j)
				break outer
			}
		}
		fmt.Println("row", i, "clean")
	}
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		fmt.Print("s", i)
	}
	fmt.Println()
}
