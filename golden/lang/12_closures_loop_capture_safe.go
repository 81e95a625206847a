package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		v := i
		funcs = append(funcs, func() int { return v * v })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Println(g())
	}
	shared := 0
	var incs []func()
	for i := 0; i < 4; i++ {
		incs = append(incs, func() { shared++ })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(shared)
}
