package main

import "fmt"

type A struct {
	N int
	S string
	F float64
	P *int
	I interface{}
	Arr [2]int
}

func main() {
	x := 1
	a := A{1, "s", 1.5, &x, 3, [2]int{1, 2}}
	b := a
	fmt.Println(a == b)
	b.Arr[1] = 3
	fmt.Println(a == b)
	b = a
	y := 1
	b.P = &y
	fmt.Println(a == b)
	b = a
	b.I = "3"
	fmt.Println(a == b)
	b.I = 3
	fmt.Println(a == b)
	var i1, i2 interface{} = A{N: 1}, A{N: 1}
	fmt.Println(i1 == i2)
	type E struct{}
	fmt.Println(E{} == E{})
}
