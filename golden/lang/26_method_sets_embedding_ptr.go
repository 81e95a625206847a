package main

import "fmt"

type Logger interface {
	Log(string)
	Count() int
}

type base struct{ n int }

func (b *base) Log(s string) { b.n++; fmt.Println("log:", s) }
func (b *base) Count() int   { return b.n }

type ServiceP struct {
	*base
	name string
}

type ServiceV struct {
	base
	name string
}

func main() {
	sp := ServiceP{&base{}, "p"}
	var l Logger = sp
	l.Log("one")
	l.Log("two")
	fmt.Println(sp.Count(), l.Count())
	sv := &ServiceV{name: "v"}
	var l2 Logger = sv
	l2.Log("three")
	fmt.Println(sv.Count())
	sv2 := ServiceV{}
	sv2.Log("addressable")
	fmt.Println(sv2.n)
}
