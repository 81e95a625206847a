package main

import "fmt"

type Inner struct{ V int }

func (i *Inner) Safe() string {
	if i == nil {
		return "nil inner"
	}
	return fmt.Sprint("inner ", i.V)
}

func (i Inner) Value() int { return i.V }

type Outer struct {
	*Inner
	Name string
}

func main() {
	o := Outer{Name: "o"}
	fmt.Println(o.Safe())
	o.Inner = &Inner{7}
	fmt.Println(o.Safe(), o.Value(), o.V)
	o2 := o
	o2.V = 99
	fmt.Println(o.V)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var empty Outer
	fmt.Println(empty.Value())
}
