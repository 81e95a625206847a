package main

import (
	"fmt"
	"slices"
)

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(data, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	// chunks alias the original slice
	for c := range slices.Chunk(data, 4) {
		c[0] = -c[0]
	}
	fmt.Println(data)
	n := 0
	for range slices.Chunk([]int{}, 2) {
		n++
	}
	fmt.Println("chunks of empty:", n)
	// appending to a chunk cannot overwrite the next one: chunks are clipped
	for c := range slices.Chunk([]string{"a", "b", "c", "d"}, 2) {
		c = append(c, "!")
		fmt.Println(c)
	}
	defer func() { fmt.Println("panic:", recover()) }()
	slices.Chunk(data, 0)
}
