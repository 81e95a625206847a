// Per-iteration loop variables (Go 1.22): the deferred closures see 1 then 0; derived from the spec.
package main

import "fmt"

type T struct{ name string }

func (t T) hello() { fmt.Println("hello", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	t := T{"first"}
	defer t.hello()
	t.name = "second"
	f := t.hello
	t.name = "third"
	defer f()
	a()
	for i := 0; i < 2; i++ {
		defer func(n int) { fmt.Println("arg", n, "closure", i) }(i * 10)
	}
}
