package main

import "fmt"

type Key struct {
	Name string
	ID   int
}

func main() {
	m := map[Key]bool{}
	m[Key{"a", 1}] = true
	m[Key{"a", 2}] = false
	fmt.Println(m[Key{"a", 1}], m[Key{"a", 2}], len(m))
	fm := map[float64]string{1.5: "x", 2: "y"}
	fmt.Println(fm[1.5], fm[2.0])
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float", [2]int{1, 1}: "array"}
	fmt.Println(im[1], im["1"], im[1.0], im[[2]int{1, 1}], len(im))
	rm := map[rune]int{}
	for _, r := range "banana" {
		rm[r]++
	}
	fmt.Println(rm)
	var pm = map[*int]int{}
	x, y := 1, 1
	pm[&x] = 1
	pm[&y] = 2
	pm[&x] = 3
	fmt.Println(len(pm), pm[&x], pm[&y])
}
