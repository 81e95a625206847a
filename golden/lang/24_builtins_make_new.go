package main

import "fmt"

type P struct {
	X int
	S []int
}

func main() {
	s := make([]int, 3)
	s2 := make([]int, 2, 8)
	fmt.Println(s, len(s2), cap(s2))
	m := make(map[string][]int, 100)
	m["a"] = append(m["a"], 1, 2)
	fmt.Println(m, len(m))
	ch := make(chan string, 2)
	ch <- "x"
	fmt.Println(<-ch)
	p := new(P)
	fmt.Println(p.X, p.S == nil)
	fmt.Printf("%+v\n", *p)
	ip := new(int)
	*ip = 3
	fmt.Println(*ip)
	arrp := new([3]string)
	arrp[1] = "mid"
	fmt.Printf("%q\n", *arrp)
	mp := new(map[string]int)
	fmt.Println(*mp == nil)
}
