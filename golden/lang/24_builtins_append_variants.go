package main

import "fmt"

func main() {
	a := []int{1, 2}
	a = append(a)
	fmt.Println(a)
	a = append(a, a...)
	fmt.Println(a)
	b := append([]byte("hello "), "world"...)
	fmt.Println(string(b))
	var c []interface{}
	c = append(c, 1, "two", nil, []int{3})
	fmt.Println(c, len(c))
	d := append([]string(nil))
	fmt.Println(d == nil)
	e := append(a[:1], a[3:]...)
	fmt.Println(e, a)
	type S struct{ V int }
	var ss []S
	ss = append(ss, S{1}, S{V: 2})
	fmt.Println(ss)
	nested := append([][]int{}, []int{1}, nil, []int{})
	fmt.Println(nested, len(nested), nested[1] == nil)
}
