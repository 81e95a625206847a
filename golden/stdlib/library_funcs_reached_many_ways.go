package main

import (
	"fmt"
	"slices"
	. "strings"
	"strconv"
)

// Library functions reached in several ways: from a package-level
// initialiser, through a dot import, as values, and generic ones by inference.
var upper = ToUpper
var n, _ = strconv.Atoi("42")

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	fmt.Println(upper("go"), n)
	fmt.Println(apply(TrimSpace, "  x  "), Repeat("ab", 3))
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	fmt.Println(xs, slices.Index(xs, 2), slices.Max(xs))
	f := strconv.Itoa
	fmt.Printf("%T %s\n", f, f(7))
}
