// Per-iteration loop variables (Go 1.22): expected output derived from the spec, not Go 1.19.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	fmt.Println(counter(), counter())
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("defer", i) }()
		i := i + 10
		_ = i
	}
}
