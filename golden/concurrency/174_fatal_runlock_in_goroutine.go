// RUnlock without a read lock, in a goroutine: fatal error, exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced read lock ok")
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.RUnlock()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
