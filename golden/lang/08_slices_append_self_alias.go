package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	s[0], s[1], s[2] = 1, 2, 3
	s = append(s, s...)
	fmt.Println(s)
	t := []int{1, 2, 3, 4}
	t = append(t[:1], t[2:]...)
	fmt.Println(t, len(t))
	u := []int{1, 2, 3, 4, 5}
	copy(u[1:], u)
	fmt.Println(u)
	v := []string{"a", "b", "c"}
	v = append(v[:0], v[1:]...)
	fmt.Println(v)
	w := make([]int, 0, 4)
	w1 := append(w, 1)
	w2 := append(w, 2)
	fmt.Println(w1[0], w2[0], len(w))
}
