package main

import (
	"fmt"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type StrMap map[string]string

func (m StrMap) Keys() int { return len(m) }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Name string

func (n Name) Shout() string { return strings.ToUpper(string(n)) + "!" }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	fmt.Println(l, l.Sum())
	m := StrMap{"a": "b"}
	fmt.Println(m.Keys())
	inc := Op(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	fmt.Println(Name("hey").Shout())
}
