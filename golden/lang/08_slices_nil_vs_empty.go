package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), len(b), cap(a))
	fmt.Println(a, b, c)
	fmt.Printf("%v %#v %#v\n", a, a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, b...)
	fmt.Println(a == nil)
	d := a[0:0]
	fmt.Println(d == nil, len(d))
	var s []string
	fmt.Printf("%q %d\n", s, len(s))
}
