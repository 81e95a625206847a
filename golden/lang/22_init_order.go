package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum() int {
	fmt.Println("init total, a =", a)
	return a + d
}

func init() {
	fmt.Println("init 1: a b c d =", a, b, c, d)
}

func init() {
	fmt.Println("init 2: total =", total)
	d = 100
}

func main() {
	fmt.Println("main: d =", d)
}
