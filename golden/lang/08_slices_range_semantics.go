package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 10)
			s[2] = 30
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i := range t {
		t[i] *= 10
	}
	fmt.Println(t)
	u := []int{5, 6, 7}
	for _, v := range u {
		v *= 2
		_ = v
	}
	fmt.Println(u)
	type P struct{ X int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.X = 100
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].X = 100
	}
	fmt.Println(ps)
}
