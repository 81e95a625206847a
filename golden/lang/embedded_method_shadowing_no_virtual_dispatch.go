package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string  { return a.Name + " makes a sound" }
func (a Animal) Intro() string  { return "I am " + a.Name + ": " + a.Speak() }

type Dog struct {
	Animal
	Name string
}

func (d Dog) Speak() string { return d.Name + " barks" }

func main() {
	d := Dog{Animal{"generic"}, "rex"}
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Println(d.Speak())
	fmt.Println(d.Intro()) // promoted method uses Animal.Speak: no virtual dispatch
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", d)
}
