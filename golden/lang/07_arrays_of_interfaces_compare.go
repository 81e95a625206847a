package main

import "fmt"

type pair [2]interface{}

func main() {
	a := pair{1, "x"}
	b := pair{1, "x"}
	c := pair{1, 2}
	fmt.Println(a == b, a == c)
	var z pair
	fmt.Println(z == pair{nil, nil}, z[0] == nil)
	m := map[pair]int{a: 1}
	m[b]++
	fmt.Println(m[pair{1, "x"}], len(m))
	defer func() { fmt.Println("recovered:", recover()) }()
	d := pair{[]int{1}, 0}
	e := pair{[]int{1}, 0}
	fmt.Println(d == e)
}
