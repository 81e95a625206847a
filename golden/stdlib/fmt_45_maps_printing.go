package main

import (
	"fmt"
	"sort"
)

type K struct {
	A string
	B int
}

func main() {
	m := map[string]int{"k1": 7, "k2": 13}
	fmt.Println("map:", m)
	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	fmt.Printf("%v %+v %#v\n", n, n, n)
	mk := map[K][]int{{"b", 1}: {1}, {"a", 2}: nil, {"a", 1}: {2, 3}}
	fmt.Printf("%v\n%+v\n%#v\n", mk, mk, mk)
	mp := map[*int]string{}
	fmt.Println(mp, len(mp))
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mn := map[int]map[string]bool{2: {"y": true, "x": false}, 1: nil}
	fmt.Println(mn)
	mi := map[interface{}]string{3: "int", "3": "string", 3.0: "float", int8(3): "int8", nil: "nil", [1]int{3}: "array", true: "bool"}
	fmt.Println(mi)
	keys := make([]string, 0)
	for k := range n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	var nm map[string]int
	fmt.Println(nm, nm == nil, nm["x"], len(nm))
	fmt.Printf("%#v %v\n", nm, map[rune]float64{'a': 1.5, 'B': -2})
	for k := range m {
		delete(m, k)
	}
	fmt.Println(m)
}
