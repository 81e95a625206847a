package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// A goroutine that never blocks must not keep main from running: Go runs it on another
// core (or preempts it); main still wakes from its sleep, prints and ends the program.
func main() {
	var spins atomic.Int64
	go func() {
		for {
			spins.Add(1)
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main woke while another goroutine spun:", spins.Load() >= 0)
}
