package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) SetName(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.SetName("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	fmt.Printf("%+v\n", d)
	l := Loud{&d, 11}
	l.Legs = 3
	fmt.Println(d.Legs, l.Describe())
	l.SetName("Boom")
	fmt.Println(d.Name)
}
