// A method with a value receiver locks a copy of the mutex (so it never deadlocks there); locking the original twice does.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Inc() {
	c.mu.Lock()
	c.n++
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println("value receiver: each call locks a copy; n =", c.n)
	c.mu.Lock()
	c.mu.Lock()
}
