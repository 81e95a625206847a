package main

import "fmt"

type Pair struct{ A, B int }

func swap(p *Pair) { p.A, p.B = p.B, p.A }

func main() {
	pr := Pair{1, 2}
	pa := &pr.A
	*pa = 100
	fmt.Println(pr)
	swap(&pr)
	fmt.Println(pr)
	arr := []Pair{{1, 1}, {2, 2}}
	first := &arr[0]
	first.B = 50
	fmt.Println(arr)
	m := map[string]*Pair{}
	m["x"] = &Pair{3, 4}
	q := m["x"]
	q.A = 30
	fmt.Println(*m["x"])
	fmt.Printf("%v %+v\n", &pr, &Pair{7, 8})
	var ptrs [3]*Pair
	fmt.Println(ptrs[0] == nil)
}
