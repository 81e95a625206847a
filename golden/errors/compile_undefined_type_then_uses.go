package main

import "fmt"

func main() {
	var s undefinedType
	fmt.Println(len(s))
	x := s + 1
	fmt.Println(x.foo)
	var g Foo[int]
	_ = g
}
