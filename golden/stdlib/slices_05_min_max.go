package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type player struct {
	name  string
	score int
}

func main() {
	fmt.Println(slices.Max([]int{3, 9, 2}), slices.Min([]int{3, 9, 2}))
	fmt.Println(slices.Max([]string{"pear", "apple", "zoo"}), slices.Min([]string{"pear", "apple", "zoo"}))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, math.Inf(-1)}))

	ps := []player{{"ann", 7}, {"bob", 9}, {"cat", 9}, {"dan", 2}, {"eve", 2}}
	byScore := func(a, b player) int { return cmp.Compare(a.score, b.score) }
	fmt.Println(slices.MaxFunc(ps, byScore), slices.MinFunc(ps, byScore))

	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Min([]int{})
}
