package main

import "fmt"

type K struct{ A int }

func main() {
	var x, y interface{}
	fmt.Println(x == y)
	x, y = 1, 1
	fmt.Println(x == y)
	x, y = 1, uint(1)
	fmt.Println(x == y)
	x, y = K{1}, K{1}
	fmt.Println(x == y)
	x, y = &K{1}, &K{1}
	fmt.Println(x == y)
	x = "s"
	fmt.Println(x == "s", x != 1)
	m := map[interface{}]int{}
	m[1] = 1
	m[int8(1)] = 2
	m["1"] = 3
	m[K{1}] = 4
	m[K{1}] += 10
	fmt.Println(len(m), m[1], m[int8(1)], m[K{1}])
	var e error
	var s fmt.Stringer
	fmt.Println(e == nil, s == nil)
}
