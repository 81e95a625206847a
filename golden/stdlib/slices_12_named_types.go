package main

import (
	"fmt"
	"slices"
)

type Celsius float64

type Temps []Celsius

func (t Temps) String() string { return fmt.Sprintf("%d readings", len(t)) }

type ID string

func main() {
	t := Temps{21.5, 19, 23.25, 19}
	slices.Sort(t)
	fmt.Println(t, []Celsius(t))
	c := slices.Clone(t)
	fmt.Printf("%T %v\n", c, c)
	u := slices.Compact(c)
	fmt.Printf("%T %v\n", u, []Celsius(u))
	fmt.Println(slices.Max(t), slices.Index(t, 23.25))
	ins := slices.Insert(t, 0, -5)
	fmt.Printf("%T %v\n", ins, len(ins))

	ids := []ID{"b7", "a1", "c3"}
	slices.Sort(ids)
	fmt.Println(ids, slices.Contains(ids, "a1"))
}
