package main

import "fmt"

type Stat struct {
	Hits, Misses int
}

func main() {
	m := map[string]Stat{}
	for _, k := range []string{"a", "b", "a", "a", "c", "b"} {
		st := m[k]
		if k == "c" {
			st.Misses++
		} else {
			st.Hits++
		}
		m[k] = st
	}
	fmt.Println(m)
	arrMap := map[string][2]int{}
	a := arrMap["x"]
	a[1] = 5
	arrMap["x"] = a
	fmt.Println(arrMap)
	sliceMap := map[string][]int{"s": {1, 2}}
	sliceMap["s"][0] = 100
	fmt.Println(sliceMap)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], counts['z'])
}
