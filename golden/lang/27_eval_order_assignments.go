package main

import "fmt"

func idx(name string, i int) int {
	fmt.Print(name, " ")
	return i
}

func main() {
	a := []int{0, 0, 0}
	a[idx("L", 0)], a[idx("R", 1)] = idx("v1", 10), idx("v2", 20)
	fmt.Println(a)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	i := 0
	arr := []int{10, 20, 30}
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	m := map[string]int{}
	m["k"], m["k"] = 1, 2
	fmt.Println(m["k"])
	var p *[3]int = &[3]int{1, 2, 3}
	j := 0
	j, p[j] = 1, 7
	fmt.Println(j, *p)
}
