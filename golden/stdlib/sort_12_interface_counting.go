package main

import (
	"fmt"
	"sort"
)

// counted records how many times sort calls Less and Swap.
type counted struct {
	data         []int
	less, swaps int
}

func (c *counted) Len() int { return len(c.data) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.data[i] < c.data[j]
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.data[i], c.data[j] = c.data[j], c.data[i]
}

func main() {
	for _, n := range []int{5, 12, 50} {
		c := &counted{}
		for i := 0; i < n; i++ {
			c.data = append(c.data, (i*37+11)%n)
		}
		sort.Sort(c)
		fmt.Println(n, sort.IsSorted(c), c.data[:5], c.less, c.swaps)
	}
	c := &counted{data: []int{4, 3, 2, 1, 0, 9, 8, 7, 6, 5, 3, 3, 3}}
	sort.Stable(c)
	fmt.Println(c.data, c.less, c.swaps)
}
