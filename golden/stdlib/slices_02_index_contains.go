package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	langs := []string{"go", "rust", "zig", "go", "c"}
	fmt.Println(slices.Index(langs, "go"), slices.Index(langs, "zig"), slices.Index(langs, "java"))
	fmt.Println(slices.Contains(langs, "c"), slices.Contains(langs, "C"))
	long := func(s string) bool { return len(s) > 3 }
	fmt.Println(slices.IndexFunc(langs, long), slices.ContainsFunc(langs, long))
	fmt.Println(slices.IndexFunc(langs, func(s string) bool { return strings.HasPrefix(s, "j") }))
	var empty []int
	fmt.Println(slices.Index(empty, 1), slices.Contains(empty, 0))
}
