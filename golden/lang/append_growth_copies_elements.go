package main

import "fmt"

type T struct{ x int }

func main() {
	s := make([]T, 1, 1)
	s2 := append(s, T{})
	s[0].x = 5
	a := [][2]int{{1, 2}}
	a2 := append(a, [2]int{})
	a[0][0] = 9
	fmt.Println(s2[0].x, s[0].x, a2[0], a[0])
}
