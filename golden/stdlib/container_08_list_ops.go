package main

import (
	"container/list"
	"fmt"
)

func show(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			fmt.Print(" ")
		}
		fmt.Print(e.Value)
	}
	fmt.Println("] len", l.Len())
}

func main() {
	l := list.New()
	e2 := l.PushBack(2)
	e1 := l.PushFront(1)
	e4 := l.PushBack(4)
	l.InsertBefore(3, e4)
	l.InsertAfter(5, e4)
	show(l)
	l.MoveToFront(e4)
	show(l)
	l.MoveToBack(e1)
	show(l)
	l.MoveBefore(e1, e2)
	l.MoveAfter(e4, e2)
	show(l)
	fmt.Println(l.Remove(e2), e2.Next() == nil)
	show(l)

	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	show(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	// removing while iterating
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	show(l)
	l.Init()
	show(l)
	fmt.Println(l.Front() == nil)
}
