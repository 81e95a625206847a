package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(100 * time.Millisecond)
	boom := time.After(550 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-tick:
			ticks++
			fmt.Println("tick", ticks)
		case <-boom:
			fmt.Println("boom after", ticks, "ticks")
			return
		}
	}
}
