package main

import "fmt"

const (
	a, b = iota, iota + 100
	c, d
	e, f = iota * 2, "s"
	g, h
)

const (
	p = "x"
	q
	r = iota
	s
)

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g, h)
	fmt.Println(p, q, r, s)
}
