// A waiting writer blocks later readers until the first reader leaves; with a writer waiting, a recursive RLock deadlocks.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer got the lock")
		rw.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		fmt.Println("second reader waits behind the writer")
		rw.RLock()
		fmt.Println("second reader got the lock")
		rw.RUnlock()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("first reader releases")
	rw.RUnlock()
	wg.Wait()
	rw.RLock()
	rw.RLock()
	fmt.Println("recursive read locking works without a writer")
	go func() { rw.Lock() }()
	time.Sleep(10 * time.Millisecond)
	rw.RLock()
}
