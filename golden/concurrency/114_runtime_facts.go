package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	block := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			started <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println("with 5 blocked:", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after release:", runtime.NumGoroutine())
	fmt.Println(runtime.GOOS != "", runtime.Version() != "")
}
