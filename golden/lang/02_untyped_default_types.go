package main

import "fmt"

func main() {
	a := 1
	b := 1.5
	c := 'c'
	d := "s"
	e := 2i
	f := true
	g := 1 + 2.0
	h := 'a' + 1.0
	fmt.Printf("%T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, g, h)
	var i interface{} = 3
	fmt.Printf("%T\n", i)
	var x float64 = 1 << 3
	fmt.Println(x)
	const k = 5
	var u8 uint8 = k
	var f64 float64 = k
	fmt.Println(u8, f64)
}
