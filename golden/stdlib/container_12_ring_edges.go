package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " len=", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func fill(n, base int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = base + i
		r = r.Next()
	}
	return r
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-3) == nil)
	var nr *ring.Ring
	fmt.Println(nr.Len())
	nr.Do(func(any) { fmt.Println("never") })
	var z ring.Ring // zero value: a ring of one
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(5) == &z)
	var z2 ring.Ring
	fmt.Println(z2.Move(-2) == &z2, z2.Len())

	r := fill(5, 0)
	show("r", r)
	show("move 2", r.Move(2))
	show("move -1", r.Move(-1))
	show("move 7", r.Move(7))
	show("move -12", r.Move(-12))
	show("move 0", r.Move(0))

	s := fill(3, 10)
	res := r.Link(s)
	show("link result", res)
	show("r", r)

	u := r.Unlink(3)
	show("unlinked", u)
	show("r", r)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	show("unlink 5 of 5", r.Unlink(5))
	show("r", r)
	show("unlink 6 of 5", r.Unlink(6))
	show("r", r)

	// Linking two elements of the same ring removes the ones between.
	t := fill(6, 20)
	cut := t.Link(t.Move(3))
	show("cut", cut)
	show("t", t)
	self := t.Link(t)
	show("self link", self)
	show("t", t)

	one := ring.New(1)
	one.Value = "x"
	show("unlink one", one.Unlink(1))

	var zl ring.Ring
	zl.Value = "z"
	w := fill(2, 30)
	zl.Link(w)
	show("zl", &zl)

	// Do with a function that mutates values.
	m := fill(4, 1)
	m.Do(func(v any) { _ = v })
	p := m
	for i := 0; i < m.Len(); i++ {
		p.Value = p.Value.(int) * 10
		p = p.Next()
	}
	show("m", m)
	show("m prev", m.Prev())
}
