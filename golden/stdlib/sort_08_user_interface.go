package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByName struct{ ByAge }

func (b ByName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25},
		{"Eve", 30}, {"Frank", 20}, {"Grace", 25},
	}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(ByAge(people)), sort.IsSorted(sort.Reverse(ByAge(people))))
	sort.Sort(ByAge(people))
	for _, p := range people {
		fmt.Print(p.Age, " ")
	}
	fmt.Println()
}
