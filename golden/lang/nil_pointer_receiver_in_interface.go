package main

import "fmt"

type T struct{ S string }

func (t *T) M() string {
	if t == nil {
		return "<nil>"
	}
	return t.S
}

type I interface{ M() string }

func main() {
	var t *T
	var i I = t
	fmt.Println(i.M(), i == nil, t == nil)
	fmt.Printf("(%v, %T)\n", i, i)
	var j I
	fmt.Printf("(%v, %T) %v\n", j, j, j == nil)
	i = &T{"hello"}
	fmt.Println(i.M())
}
