package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{
		{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"alice", 20}, {"Eve", 24},
		{"Dan", 55}, {"carol", 31}, {"Zed", 13}, {"Ann", 24}, {"bob", 40},
		{"Fay", 31}, {"Hal", 7}, {"Ivy", 55},
	}
	// age descending, then name case-insensitively
	slices.SortFunc(people, func(a, b person) int {
		if c := cmp.Compare(b.age, a.age); c != 0 {
			return c
		}
		return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name))
	})
	fmt.Println(people)

	// only by age: elements with equal ages may come in any order, but Go's pdqsort is
	// deterministic and gosub runs the same algorithm
	byAge := slices.Clone(people)
	slices.SortFunc(byAge, func(a, b person) int { return a.age - b.age })
	fmt.Println(byAge)
	fmt.Println(slices.IsSortedFunc(byAge, func(a, b person) int { return a.age - b.age }))

	i, ok := slices.BinarySearchFunc(byAge, 31, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(i, ok, byAge[i].age)
	i, ok = slices.BinarySearchFunc(byAge, 30, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(i, ok)
}
