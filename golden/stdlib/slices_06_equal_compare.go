package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

func main() {
	a := []int{1, 2, 3}
	fmt.Println(slices.Equal(a, []int{1, 2, 3}), slices.Equal(a, []int{1, 2}), slices.Equal([]int{}, nil))
	nan := math.NaN()
	fmt.Println(slices.Equal([]float64{nan}, []float64{nan}))
	fmt.Println(slices.EqualFunc([]string{"Go", "JS"}, []string{"go", "js"}, strings.EqualFold))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int{}))
	fmt.Println(slices.Compare([]string{"a", "b"}, []string{"a", "b", "c"}))
	n := slices.CompareFunc([]int{1, 20}, []string{"1", "3"}, func(x int, s string) int {
		return strings.Compare(fmt.Sprint(x), s)
	})
	fmt.Println(n)
}
