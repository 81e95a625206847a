package main

import (
	"fmt"
	"time"
)

// More goroutines that never block than there are cores: Go preempts a goroutine that runs
// long, so main still wakes from its sleep, prints and ends the program.
func main() {
	counts := make([]int, 4)
	for i := range counts {
		go func(i int) {
			for {
				counts[i]++
			}
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke while", len(counts), "goroutines spun")
}
