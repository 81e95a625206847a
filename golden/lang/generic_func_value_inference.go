// Type arguments of generic functions used as values are inferred from the target function
// type (Go 1.21); Go 1.19 cannot compile this, expected output derived from the spec.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type Number interface{ ~int | ~float64 }

func Double[T Number](x T) T { return x * 2 }

func Id[T any](x T) T { return x }

func apply(f func(int) int, x int) int { return f(x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func halver() func(float64) float64 { return Double }

type Celsius float64

func main() {
	fmt.Println(apply(Double, 21))
	var f func(float64) float64 = Double
	fmt.Println(f(1.25))
	var g func(Celsius) Celsius
	g = Double
	fmt.Printf("%v %T\n", g(10), g(10))
	fmt.Println(halver()(4))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), len(Map([]int{4}, strconv.Itoa)[0]))
	fmt.Println(Map([]int{1, 2, 3}, Double))
	fmt.Println(Map([]string{"x", "y"}, Id))
	s := []int{30, 10, 20}
	slices.SortFunc(s, cmp.Compare)
	fmt.Println(s)
	words := []string{"pear", "fig", "apple"}
	slices.SortFunc(words, cmp.Compare[string])
	fmt.Println(words)
	fs := []func(int) int{Double, Id}
	fmt.Println(fs[0](5), fs[1](5))
}
