package main

import (
	"fmt"
	"strings"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]BinOp{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	var f func()
	fmt.Println(f == nil)
	up := compose(strings.TrimSpace, strings.ToUpper)
	fmt.Printf("%q\n", up("  hi there "))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", ops["add"])
	fs := []func(float64) float64{func(x float64) float64 { return x * 2 }, func(x float64) float64 { return x + 0.5 }}
	v := 1.0
	for _, f := range fs {
		v = f(v)
	}
	fmt.Println(v)
}
