package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type W struct {
	P
	Tags [2]string
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 3, "a"}
	fmt.Println(a == b, a == c, a != c)
	w1 := W{a, [2]string{"x", "y"}}
	w2 := W{b, [2]string{"x", "y"}}
	fmt.Println(w1 == w2)
	w2.Tags[1] = "z"
	fmt.Println(w1 == w2)
	m := map[P]int{a: 1}
	m[b]++
	fmt.Println(m[a], len(m))
	var i1, i2 any = a, b
	fmt.Println(i1 == i2)
	arr1 := [3]P{a, b, c}
	arr2 := arr1
	fmt.Println(arr1 == arr2)
	anon := struct{ A int }{1}
	fmt.Println(anon == struct{ A int }{1})
}
