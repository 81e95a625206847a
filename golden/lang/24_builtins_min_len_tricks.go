package main

import "fmt"

func main() {
	var a [4]int
	var p *[4]int
	fmt.Println(len(a), len(p))
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	<-ch
	fmt.Println(len(ch), cap(ch))
	s := make([]int, 0, 5)
	s = append(s, 1, 2, 3)
	t := s[1:2]
	fmt.Println(len(t), cap(t))
	u := t[:cap(t)]
	fmt.Println(u)
	m := map[string]bool{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint(i%7)] = true
	}
	fmt.Println(len(m))
}
