package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Hello() string { return "base hello " + b.Name }
func (b Base) Who() string   { return "base" }

type Derived struct {
	Base
	Name string
}

func (d Derived) Who() string { return "derived" }

func (b Base) Call() string { return b.Who() }

func main() {
	d := Derived{Base{1, "inner"}, "outer"}
	fmt.Println(d.Name, d.Base.Name, d.ID)
	fmt.Println(d.Hello())
	fmt.Println(d.Who(), d.Base.Who())
	fmt.Println(d.Call())
}
