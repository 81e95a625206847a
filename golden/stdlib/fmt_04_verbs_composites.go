package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
}

type Color int

func main() {
	p := Point{1, -2}
	l := Line{p, Point{3, 4}, "diag", []string{"x"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v\n", &p, &p)
	arr := [3]int{1, 2, 3}
	fmt.Printf("%v %#v %T\n", arr, arr, arr)
	sl := []float64{1.5, 2}
	fmt.Printf("%v %#v %T %.1f\n", sl, sl, sl, sl)
	m := map[string]int{"z": 26, "a": 1}
	fmt.Printf("%v %#v %T\n", m, m, m)
	var ip *int
	var e error
	fmt.Printf("%v %#v %v %#v\n", ip, ip, e, e)
	fmt.Printf("%#v %#v %#v\n", Color(3), "s", 'r')
	fmt.Printf("%#v %#v\n", struct{}{}, struct{ A []int }{})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{1, 171})
	fmt.Printf("%d\n", []int8{-1, 2})
	fmt.Printf("%v %t %v\n", true, false, []bool{true})
}
