package main

import "fmt"

type ID int
type Label string
type Flags uint8
type Ratio float64
type Pair struct {
	K string
	V any
}
type List []Pair
type Index map[Label]ID
type Fn func(int) int
type Ch chan int
type Nested struct {
	P     *Pair
	Inner struct{ A, B int }
	Arr   [2]Ratio
	u     uint16
}

func main() {
	vals := []any{
		0, -5, int8(-1), int64(1) << 62, uint(5), uint8(255), uintptr(16), uint64(1<<64 - 1),
		1.0, 2.5, float32(0.1), 1e21, 1e-9, -0.0,
		complex(1, -2), complex64(3i),
		true, "str", "quo\"te\n", 'x', byte('y'),
		ID(7), Label("lbl"), Flags(3), Ratio(0.5),
		Pair{"k", 1}, &Pair{"p", "v"}, Pair{"nil", nil},
		List{{"a", 1}, {"b", Label("x")}}, List(nil), List{},
		Index{"z": 1, "a": 2}, Index(nil),
		[]any{1, "a", nil, 2.5, []int{1}}, map[string]any{"x": []string{"y"}},
		[3]bool{true}, [0]int{}, struct{}{},
		Nested{Inner: struct{ A, B int }{1, 2}, Arr: [2]Ratio{1, 2.5}, u: 9},
		[]*int{nil}, (*int)(nil), Fn(nil), Ch(nil), (func())(nil),
		[]error{nil}, struct{ E error }{},
		[]Label{"a"}, map[ID][]Flags{1: {2, 3}},
	}
	for _, v := range vals {
		fmt.Printf("%#v\n", v)
	}
}
