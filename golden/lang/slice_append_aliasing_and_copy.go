package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := a[1:2]
	fmt.Println(len(d), cap(d))
	d = append(d, 99)
	fmt.Println(a, b)
	e := a[1:2:2]
	e = append(e, 7)
	fmt.Println(a, e)
	n := copy(a, []int{9, 8, 7, 6})
	fmt.Println(n, a)
	var s []int
	fmt.Println(s == nil, len(s), s)
	s = append(s, 1, 2, 3)
	fmt.Println(s[len(s)-1], s[:0], s[1:])
	matrix := make([][]string, 2)
	for i := range matrix {
		matrix[i] = make([]string, 2)
		for j := range matrix[i] {
			matrix[i][j] = "_"
		}
	}
	matrix[0][1] = "X"
	fmt.Println(matrix)
}
