package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greet(name string) string
	Bye() string
}

type English struct{}

func (English) Greet(n string) string { return "Hello, " + n }
func (English) Bye() string           { return "Goodbye" }

type Loud struct {
	Greeter
}

func (l Loud) Greet(n string) string { return strings.ToUpper(l.Greeter.Greet(n)) + "!" }

func main() {
	var g Greeter = Loud{English{}}
	fmt.Println(g.Greet("ann"))
	fmt.Println(g.Bye())
	double := Loud{Loud{English{}}}
	fmt.Println(double.Greet("bob"))
	empty := Loud{}
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	fmt.Println(empty.Bye())
}
