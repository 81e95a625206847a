package main

import "fmt"

func main() {
	x := 1
	f := func() int { return x }
	x = 2
	fmt.Println(f())
	{
		x := 10
		g := func() int { return x }
		x++
		fmt.Println(g(), f())
	}
	funcs := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := name
		funcs[n] = func() int { return len(n) * x }
	}
	x = 5
	fmt.Println(funcs["a"](), funcs["b"]())
	y := 0
	inc := func() func() {
		return func() { y++ }
	}()
	inc()
	inc()
	fmt.Println(y)
}
