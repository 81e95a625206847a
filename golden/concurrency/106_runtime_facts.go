package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS >= 1:", procs >= 1)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("set returns previous:", prev == procs)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)

	release := make(chan struct{})
	ready := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() {
			ready <- struct{}{}
			<-release
		}()
	}
	for i := 0; i < 4; i++ {
		<-ready
	}
	fmt.Println("with 4 blocked goroutines:", runtime.NumGoroutine())
	close(release)
	runtime.Gosched()
	fmt.Println("GOOS/GOARCH non-empty:", runtime.GOOS != "", runtime.GOARCH != "")
}
