package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	done := make(chan bool)
	go func() {
		done <- mu.TryLock()
	}()
	fmt.Println("other goroutine TryLock:", <-done)
	mu.Unlock()
	go func() {
		ok := mu.TryLock()
		if ok {
			mu.Unlock()
		}
		done <- ok
	}()
	fmt.Println("after Unlock:", <-done)
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked via Locker:", !mu.TryLock())
	l.Unlock()
}
