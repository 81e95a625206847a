package main

import "fmt"

type Inner struct {
	Tags []string
	Meta map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Any   interface{}
	Err   error
	Fn    func()
	Ch    chan int
	Bytes []byte
}

func main() {
	o := Outer{
		Name:  "o",
		In:    Inner{[]string{"x", "y"}, map[string]int{"b": 2, "a": 1}},
		Any:   42,
		Bytes: []byte("hi"),
	}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v %+v\n", []Inner{{}}, &Inner{Tags: []string{}})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5})
}
