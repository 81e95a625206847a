package main

import "fmt"

type Meters float64
type Feet float64

type Celsius int

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

type IDs []int

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Printf("%.3f %T\n", f, f)
	c := Celsius(36)
	fmt.Println(int(c)+1, c+1)
	p := Point{1, 2}
	v := Vec(p)
	fmt.Println(v)
	ids := IDs([]int{3, 1})
	raw := []int(ids)
	raw[0] = 99
	fmt.Println(ids)
	type T1 struct {
		A int `json:"a"`
	}
	type T2 struct {
		A int `xml:"a"`
	}
	t2 := T2(T1{5})
	fmt.Println(t2.A)
	bs := []byte("hi")
	type Bytes []byte
	fmt.Println(string(Bytes(bs)))
}
