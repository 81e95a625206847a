package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func ToSlice[T any](l *List[T]) []T {
	var out []T
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	l := &List[string]{}
	for _, s := range []string{"c", "b", "a"} {
		l.PushFront(s)
	}
	fmt.Println(ToSlice(l), l.size)
	l.Reverse()
	fmt.Println(ToSlice(l))
	nl := &List[float64]{}
	nl.PushFront(1.5)
	fmt.Println(ToSlice(nl))
}
