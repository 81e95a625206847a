package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	var st interface{} = Celsius(21.5)
	if str, ok := st.(fmt.Stringer); ok {
		fmt.Println("stringer:", str.String())
	}
	c := st.(Celsius)
	fmt.Println(float64(c) + 1)
	_, ok = st.(float64)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	var e error
	_, ok = e.(fmt.Stringer)
	fmt.Println(ok)
}
