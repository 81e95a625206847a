package main

import "fmt"

type Flag bool
type Str string

func main() {
	var f Flag = 3 > 2
	fmt.Printf("%T %v\n", f, f)
	g := f && true
	fmt.Printf("%T %v\n", g, g)
	b := 1 < 2
	fmt.Printf("%T\n", b)
	var s Str = "x" + "y"
	t := s + "z"
	fmt.Printf("%T %v %v\n", t, t, t == "xyz")
	const c = 'a' < 'b'
	var ff Flag = c
	fmt.Println(ff, !ff)
	x := 10
	isBig := x > 5
	if isBig == true && !(x < 0) {
		fmt.Println("big")
	}
	fmt.Println(Flag(isBig))
}
