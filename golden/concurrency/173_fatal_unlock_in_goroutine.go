// Unlock of an unlocked mutex in a goroutine: a fatal error, not a panic, so the deferred recover never sees it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recover sees:", recover())
		}()
		mu.Unlock()
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
