// Calls between compiled functions take the fast convention (arguments and results as JVM
// values, no frame unless needed): results of every kind, named results, methods, mutual
// recursion, recover in a function deferred by name, and panics unwinding through them.
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y float64 }

func (p point) scaled(k float64) point { return point{p.x * k, p.y * k} }

func (p *point) move(dx float64) { p.x += dx }

type tree struct{ left, right *tree }

func build(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{build(d - 1), build(d - 1)}
}

func (t *tree) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func half(x float64) float64 { return x / 2 }

func even(n uint8) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n uint8) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func double(n int) (r int) {
	if n > 0 {
		r = n * 2
	}
	return
}

func check(n int) (err error) {
	if n < 0 {
		return errors.New("negative")
	}
	return
}

func nothing(n int) {}

func div(a, b int) int { return a / b }

func depth(n, b int) int {
	if n == 0 {
		return div(1, b)
	}
	return depth(n-1, b) + 1
}

func rescue() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}

func guarded(b int) (res int) {
	defer rescue()
	res = -1
	res = depth(5, b)
	return
}

func words(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "small"
	}
	return "large"
}

func main() {
	p := point{1, 2}
	for i := 0; i < 3000; i++ {
		// Hot enough for every function here to be compiled.
		fib(3)
		half(1)
		even(4)
		double(i)
		check(i)
		nothing(i)
		words(i % 3)
		p.scaled(1)
		build(1).count()
	}
	fmt.Println(fib(25), half(3), even(7), odd(7), even(200))
	fmt.Println(double(21), double(-1), check(-1), check(1))
	fmt.Println(build(10).count(), p.scaled(2), words(-5), words(0), words(9))
	p.move(1.5)
	fmt.Println(p)
	fmt.Println(guarded(1))
	fmt.Println(guarded(0))
	fmt.Println(depth(3, 0))
}
