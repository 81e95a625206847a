package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4, 5}
	a := base[1:3]
	fmt.Println(a, len(a), cap(a))
	a[0] = 20
	fmt.Println(base)
	a = append(a, 40)
	fmt.Println(base, a)
	b := make([]int, 3, 3)
	c := append(b, 1)
	c[0] = 99
	fmt.Println(b, c)
	d := make([]int, 3, 10)
	e := append(d, 1)
	e[0] = 99
	fmt.Println(d, e)
	x := []int{1, 2, 3}
	y := x[:2]
	z := append(y, 100)
	fmt.Println(x, y, z)
}
