package main

import (
	"errors"
	"fmt"
)

type name string

type num int

func (n num) String() string { return fmt.Sprintf("#%d", int(n)) }

func main() {
	cases := [][]any{
		{},
		{"a"},
		{"a", "b"},
		{1, 2},
		{"a", 1, "b"},
		{1, "a", 2},
		{1, 2, "x", 3, 4},
		{name("n1"), name("n2")},
		{num(1), num(2)},
		{"s", num(3), "t"},
		{1.5, true, nil},
		{nil, nil},
		{[]int{1}, []int{2}},
		{errors.New("e1"), errors.New("e2")},
		{'a', 'b'},
		{"", ""},
		{"", 1, ""},
		{[]byte("x"), []byte("y")},
		{struct{}{}, struct{}{}},
		{map[int]int{}, "str", 0},
	}
	for _, c := range cases {
		fmt.Printf("Sprint=%q Sprintln=%q\n", fmt.Sprint(c...), fmt.Sprintln(c...))
	}
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(num(1), num(2), "\n")
	fmt.Println("a", "b", 1, 2)
	var s []any
	s = append(s, 1, "two", 3.0)
	fmt.Println(s...)
	fmt.Print(s...)
	fmt.Println()
	fmt.Println(s)
}
