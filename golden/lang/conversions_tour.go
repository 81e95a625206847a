package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type ID string
type Point struct{ X, Y int }
type Vec struct{ X, Y int }

func main() {
	c := Celsius(36.6)
	f := float64(c)
	fmt.Println(c, f, int(f), ID("x")+"y")
	p := Point{1, 2}
	v := Vec(p)
	fmt.Println(v)
	b := []byte("héllo")
	r := []rune("héllo")
	fmt.Println(len(b), len(r), string(b[1:3]), string(r[1]))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD")
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	fmt.Println(strconv.Itoa(-45), strconv.Quote("a\"b"), strconv.FormatInt(255, 2))
	var i interface{} = p
	if pp, ok := i.(Point); ok {
		fmt.Println("point", pp.X)
	}
	u := uint8(250)
	m1 := int8(-1)
	fmt.Println(u+10, int8(u), uint16(m1))
	x := 1e9
	fmt.Println(int32(x), int64(x*10))
}
