package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List // zero value is usable
	fmt.Println(z.Front() == nil, z.Back() == nil, z.Len())
	z.PushBack(1)
	z.PushFront(0)
	show("zero", &z)

	a := list.New()
	b := list.New()
	e1 := a.PushBack("a1")
	e2 := a.PushBack("a2")
	f1 := b.PushBack("b1")
	fmt.Println(a.Remove(f1), b.Len()) // foreign: value, untouched
	show("a", a)
	show("b", b)
	fmt.Println(a.InsertBefore("x", f1) == nil, a.InsertAfter("x", f1) == nil)
	a.MoveToFront(e1) // already front
	a.MoveToBack(e2)  // already back
	show("a", a)
	a.MoveToFront(f1) // foreign: no-op
	a.MoveBefore(e1, e1)
	a.MoveAfter(e2, e2)
	a.MoveBefore(e1, f1)
	show("a", a)
	a.MoveAfter(e1, e2)
	show("a", a)
	a.MoveBefore(e1, e2)
	show("a", a)
	e3 := a.PushBack("a3")
	a.MoveAfter(e1, e3)
	show("a", a)
	a.MoveBefore(e3, e1)
	show("a", a)

	fmt.Println(a.Remove(e2))
	fmt.Println(e2.Next() == nil, e2.Prev() == nil)
	fmt.Println(a.Remove(e2), a.Len()) // removed twice
	show("a", a)
	a.PushBackList(a)
	show("self back", a)
	a.PushFrontList(a)
	show("self front", a)
	c := list.New()
	c.PushBackList(b)
	c.PushFrontList(a)
	show("c", c)
	c.Init()
	show("c init", c)
	fmt.Println(e1.Value, a.Front().Prev() == nil, a.Back().Next() == nil)
	var ze list.Element
	fmt.Println(ze.Next() == nil, ze.Prev() == nil)
	for e := a.Front(); e != nil; {
		n := e.Next()
		a.Remove(e)
		e = n
	}
	show("emptied", a)
	a.InsertAfter(1, a.PushFront(0))
	a.InsertBefore(-1, a.Front())
	show("again", a)
}
