package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m)
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nonexistent")
	fmt.Println(len(m), m)
	m["two"] += 20
	m["new"]++
	fmt.Println(m)
	if _, found := m["three"]; found {
		fmt.Println("found three")
	}
}
