package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(k)
}

func main() {
	a := map[string]int{}
	b := a
	add(b, "hello")
	add(a, "go")
	fmt.Println(a, b)
	type Point struct{ X, Y int }
	pts := map[string]Point{"o": {0, 0}}
	p := pts["o"]
	p.X = 5
	fmt.Println(pts)
	pts["o"] = p
	fmt.Println(pts)
	ptrs := map[string]*Point{"a": {1, 2}}
	ptrs["a"].X = 100
	fmt.Println(*ptrs["a"])
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	nested["x"]["y"]++
	fmt.Println(nested)
}
