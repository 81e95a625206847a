package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int {
	x := v
	return &x
}

type T struct{ V int }

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	a := newInt(5)
	b := newInt(5)
	fmt.Println(*a == *b, a == b)
	var np *int
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 99
	fmt.Println(x)
	t := &T{1}
	t.V++
	(*t).V++
	fmt.Println(t.V, *t)
	n := new(int)
	fmt.Println(*n)
	s := new([]string)
	*s = append(*s, "x")
	fmt.Println(*s, len(*s))
}
