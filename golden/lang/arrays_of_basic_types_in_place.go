package main

import "fmt"

type grid struct {
	cells [3][3]int8
	on    [2]bool
}

var g [4]float64

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
		a[i] += 1
	}
	p := &a
	p[0] = -5
	p[1] *= 3
	b := a
	b[2] = 100
	fmt.Println(a, b, len(p), a[4]+p[3])
	var gr grid
	gr.cells[1][1] = 127
	gr.cells[1][1]++
	gr.on[1] = !gr.on[1]
	cp := gr
	cp.cells[0][0] = 1
	fmt.Println(gr, cp, gr.on[1], gr.cells[1][1])
	g[2] = 1.5
	g[2] /= 4
	fmt.Println(g, g[2])
	bs := [4]byte{'a', 'b'}
	bs[2] = bs[0] + 2
	bs[3] -= 1
	fmt.Println(bs, string(bs[:3]))
	s := a[1:3]
	s[0] = 7
	fmt.Println(a[1], s)
	var np *[3]int
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 1
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k += 10
		a[k%len(a)+k] = 1
	}()
	np[k] = 2
}
