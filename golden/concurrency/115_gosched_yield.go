package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	var spins int64
	go func() {
		ready.Store(true)
	}()
	for !ready.Load() {
		spins++
		runtime.Gosched()
	}
	fmt.Println("observed flag after yielding:", spins >= 0)
	var counter atomic.Int32
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			for j := 0; j < 100; j++ {
				counter.Add(1)
				runtime.Gosched()
			}
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("counter:", counter.Load())
}
