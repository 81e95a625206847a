package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m))
	fmt.Println(m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k := range m {
		fmt.Println("never", k)
	}
	fmt.Println(m)
	m = map[string]int{}
	m["a"] = 1
	fmt.Println(m, m == nil)
	var mm map[int][]string
	fmt.Println(mm[5] == nil, len(mm[5]))
}
