package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers = 4
	grid := make([]int, workers)
	for phase := 1; phase <= 3; phase++ {
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				grid[w] = grid[w]*2 + w + phase
			}(w)
		}
		wg.Wait()
		fmt.Println("phase", phase, grid)
	}
}
