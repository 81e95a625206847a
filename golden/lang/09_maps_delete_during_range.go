package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	fmt.Println(ks)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
