package main

import "fmt"

func pair() (int, error) { return 1, nil }

func main() {
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	n, err := pair()
	m, err := pair()
	fmt.Println(n, m, err)
	x, y := 10, 20
	x, y = y, x
	fmt.Println(x, y)
	i := 0
	s := []int{5, 6, 7}
	i, s[i] = 2, 100
	fmt.Println(i, s)
	p, q, r := 1, "two", 3.0
	fmt.Printf("%T %T %T\n", p, q, r)
	var (
		u    = 1
		w, z = "w", true
	)
	fmt.Println(u, w, z)
}
