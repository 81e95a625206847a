package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("try 1:", mu.TryLock())
	fmt.Println("try 2:", mu.TryLock())
	mu.Unlock()
	fmt.Println("try 3:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("rlock:", rw.TryRLock())
	fmt.Println("rlock again:", rw.TryRLock())
	fmt.Println("lock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("lock:", rw.TryLock())
	fmt.Println("rlock while locked:", rw.TryRLock())
	rw.Unlock()

	held := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
		done <- true
	}()
	<-held
	fmt.Println("held by goroutine:", mu.TryLock())
	release <- true
	<-done
	fmt.Println("after release:", mu.TryLock())
}
