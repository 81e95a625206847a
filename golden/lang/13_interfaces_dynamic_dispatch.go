package main

import "fmt"

type Speaker interface{ Speak() string }

type Cat struct{ name string }
type Robot struct{ id int }

func (c Cat) Speak() string    { return c.name + ": meow" }
func (r *Robot) Speak() string { r.id++; return fmt.Sprintf("beep %d", r.id) }

func chorus(ss ...Speaker) {
	for _, s := range ss {
		fmt.Println(s.Speak())
	}
}

func main() {
	r := &Robot{10}
	chorus(Cat{"Tom"}, r, r, Cat{"Kit"})
	fmt.Println(r.id)
	var sp Speaker = Cat{"Z"}
	c := sp.(Cat)
	c.name = "changed"
	fmt.Println(sp.Speak())
	var sp2 Speaker = &Cat{"ptr"}
	fmt.Println(sp2.Speak())
}
