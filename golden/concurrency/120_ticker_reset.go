package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(100 * time.Millisecond)
	defer tk.Stop()
	start := time.Now()
	<-tk.C
	<-tk.C
	el := time.Since(start)
	fmt.Println("two slow ticks:", el >= 200*time.Millisecond && el < 290*time.Millisecond)
	tk.Reset(20 * time.Millisecond)
	start = time.Now()
	for i := 0; i < 5; i++ {
		<-tk.C
	}
	el = time.Since(start)
	fmt.Println("five fast ticks:", el >= 100*time.Millisecond && el < 190*time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(150 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
