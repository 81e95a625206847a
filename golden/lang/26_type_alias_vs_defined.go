package main

import "fmt"

type MyInt int
type AliasInt = int

func (m MyInt) Double() MyInt { return m * 2 }

type Celsius = float64

func takesInt(i int) int { return i + 1 }

func main() {
	var a AliasInt = 5
	fmt.Println(takesInt(a))
	var m MyInt = 5
	fmt.Println(takesInt(int(m)), m.Double())
	fmt.Printf("%T %T\n", a, m)
	var c Celsius = 1.5
	fmt.Printf("%T %v\n", c, c)
	type Strs = []string
	var s Strs = []string{"a"}
	fmt.Printf("%T %v\n", s, s)
	type B = byte
	fmt.Printf("%T\n", B(1))
	var x interface{} = m
	_, isInt := x.(int)
	_, isMy := x.(MyInt)
	fmt.Println(isInt, isMy)
}
