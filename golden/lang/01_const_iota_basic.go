package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	X = iota * 10
	Y
	Z
)

const Single = iota

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(X, Y, Z)
	fmt.Println(Single)
}
