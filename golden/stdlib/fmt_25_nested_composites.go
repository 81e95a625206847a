package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Shape struct {
	Name   string
	Lines  []Line
	Center *Point
	Tags   map[string]int
	Grid   [2][3]int
	Any    any
	inner  struct{ a, b bool }
}

type Embedded struct {
	Point
	*Line
	Z float64
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %#v\n", &p, &p, p)
	fmt.Printf("%d %x %o %5d|\n", &p, &p, p, p)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(l)
	fmt.Printf("%+v\n%#v\n", l, l)
	s := Shape{
		Name:  "tri",
		Lines: []Line{l, {Point{3, 4}, Point{0, 0}, "back"}},
		Tags:  map[string]int{"z": 1, "a": 2},
		Grid:  [2][3]int{{1, 2, 3}, {4, 5, 6}},
		Any:   Point{9, 9},
	}
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s)
	ps := &s
	fmt.Printf("%v\n", ps)
	fmt.Printf("%s\n", ps)
	e := Embedded{Point: Point{5, 6}, Z: 1.5}
	fmt.Printf("%v %+v\n", e, e)
	fmt.Printf("%#v\n", e)
	fmt.Println(e.X, e.Point)

	t := &Tree{Val: 1}
	fmt.Println(t, *t)
	fmt.Printf("%+v\n", t)

	fmt.Println([]*Point{}, []Point{{1, 2}, {3, 4}}, [...]Point{{5, 6}})
	fmt.Printf("%v %+v\n", [][]Point{{{1, 1}}, {}}, map[string]Point{"o": {}})
	fmt.Println(&[]int{1, 2}, &map[string]int{"a": 1}, &[2]bool{true})
	fmt.Printf("%#v %#v\n", &[]int{1}, &[1]string{"x"})
	fmt.Println(struct {
		A int
		B []string
		C struct{ D, E int }
	}{1, []string{"x"}, struct{ D, E int }{2, 3}})
	fmt.Printf("%#v\n", struct {
		A int
		b string
	}{1, "s"})
	var arr [3][2]string
	arr[1][0] = "mid"
	fmt.Printf("%v %q %#v\n", arr, arr, arr[1])
	fmt.Printf("%v %+v %#v\n", struct{}{}, []struct{}{{}, {}}, struct{}{})
	fmt.Printf("%6.2f\n", []float64{1, 2.345, -3})
	fmt.Printf("%-4d|%04d|%+d\n", []int{1, 22}, [2]int{3, 44}, Point{-1, 1})
	fmt.Printf("%t %v\n", []bool{true, false}, [2]any{1, "a"})
}
