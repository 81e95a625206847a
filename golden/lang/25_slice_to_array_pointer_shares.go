package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 10
	s[1] = 20
	fmt.Println(s, *p, len(p))
	a := *(*[3]int)(s)
	a[2] = 99
	fmt.Println(s, a)
	q := (*[2]int)(s[2:])
	q[1] = 7
	fmt.Println(s)
	var e []int
	z := (*[0]int)(e)
	fmt.Println(z == nil)
	pp := &p[1]
	*pp = 5
	fmt.Println(s[1])
}

func init() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s[1:])
	(*p)[0] = 100
	p[2]++
	*p = [3]int{7, 8, 9}
	fmt.Println(s, len(p), cap(p))
	for i, v := range p {
		s[4] = 50
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	t := p[:]
	t[0] = -1
	fmt.Println(s, p[0], t)
	q := (*[3]int)(s[1:])
	fmt.Println(p == q, *q)
	arr := *p
	arr[0] = 0
	fmt.Println(s[1])
}
