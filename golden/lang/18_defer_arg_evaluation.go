package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

type T struct{ n int }

func (t T) show()   { fmt.Println("value recv", t.n) }
func (t *T) showP() { fmt.Println("ptr recv", t.n) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	a()
	t := T{1}
	defer t.show()
	defer t.showP()
	t.n = 42
	s := []int{1, 2}
	defer fmt.Println("slice", s)
	s[0] = 100
	fmt.Println("main done")
}
