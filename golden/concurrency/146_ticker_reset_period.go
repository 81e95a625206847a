package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
		fmt.Println("fast tick at", time.Since(start).Round(50*time.Millisecond))
	}
	t.Reset(300 * time.Millisecond)
	for i := 0; i < 2; i++ {
		<-t.C
		fmt.Println("slow tick at", time.Since(start).Round(50*time.Millisecond))
	}
	t.Stop()
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(500 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
