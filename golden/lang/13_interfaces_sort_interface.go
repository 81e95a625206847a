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
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type ByName struct{ ByAge }

func (b ByName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

func main() {
	people := []Person{{"Carol", 35}, {"alice", 30}, {"Bob", 25}, {"Dave", 30}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1])
	fmt.Println(sort.IsSorted(ByAge(people)))
}
