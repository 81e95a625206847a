package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	r := Rect{Min: p, Max: Point{10, 20}, Label: "box"}
	fmt.Printf("%v\n%+v\n", r, r)
	r2 := r
	r2.Min.X = 100
	fmt.Println(r.Min.X, r2.Min.X)
	fmt.Println(p == Point{1, 2}, p != q)
	pp := &p
	pp.X = 50
	fmt.Println(p, *pp)
	fmt.Println(pp)
}
