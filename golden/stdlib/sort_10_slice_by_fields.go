package main

import (
	"fmt"
	"sort"
)

type employee struct {
	name   string
	dept   string
	salary int
}

func main() {
	staff := []employee{
		{"Ana", "eng", 120}, {"Bo", "ops", 90}, {"Cy", "eng", 120},
		{"Di", "ops", 95}, {"Ed", "eng", 100}, {"Flo", "hr", 90},
	}
	sort.Slice(staff, func(i, j int) bool {
		if staff[i].dept != staff[j].dept {
			return staff[i].dept < staff[j].dept
		}
		if staff[i].salary != staff[j].salary {
			return staff[i].salary > staff[j].salary
		}
		return staff[i].name < staff[j].name
	})
	for _, e := range staff {
		fmt.Printf("%-4s %-4s %d\n", e.dept, e.name, e.salary)
	}
	fmt.Println(sort.SliceIsSorted(staff, func(i, j int) bool { return staff[i].dept < staff[j].dept }))
	fmt.Println(sort.SliceIsSorted(staff, func(i, j int) bool { return staff[i].salary < staff[j].salary }))
}
