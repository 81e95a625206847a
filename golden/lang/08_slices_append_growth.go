package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	s = append(s, 1)
	fmt.Println(s, len(s))
	s = append(s, 2, 3, 4)
	fmt.Println(s, len(s))
	t := make([]int, 0, 10)
	for i := 0; i < 10; i++ {
		t = append(t, i*i)
	}
	fmt.Println(t, len(t), cap(t))
	u := append([]int(nil), t[2:5]...)
	fmt.Println(u, len(u))
	v := append(t[:0:0], 7)
	fmt.Println(v, t[0])
	w := make([]string, 3, 5)
	fmt.Printf("%q %d %d\n", w, len(w), cap(w))
}
