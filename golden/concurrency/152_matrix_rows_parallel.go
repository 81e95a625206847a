package main

import (
	"fmt"
	"sync"
)

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {1, 0, 1}}
	b := [][]int{{1, 0}, {0, 1}, {2, 2}}
	c := make([][]int, len(a))
	var wg sync.WaitGroup
	for i := range a {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			row := make([]int, len(b[0]))
			for j := range row {
				for k := range b {
					row[j] += a[i][k] * b[k][j]
				}
			}
			c[i] = row
		}(i)
	}
	wg.Wait()
	for _, row := range c {
		fmt.Println(row)
	}
}
