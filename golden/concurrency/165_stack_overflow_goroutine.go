// A goroutine recursing without bound: Go's stack limit ends the whole program with a fatal
// error (not a panic: deferred calls do not run and recover cannot stop it).
package main

import "fmt"

type list struct {
	next *list
	n    int
}

// build never stops: every call needs a bigger stack.
func build(n int) *list {
	return &list{next: build(n + 1), n: n}
}

func main() {
	done := make(chan *list)
	go func() {
		defer fmt.Println("deferred: never printed")
		defer func() { fmt.Println("recovered:", recover()) }()
		done <- build(0)
	}()
	fmt.Println("waiting")
	l := <-done
	fmt.Println("unreachable", l.n)
}
