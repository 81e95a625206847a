package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if i != 1 {
				wg.Done()
			}
		}(i)
	}
	fmt.Println("one worker forgot Done")
	wg.Wait()
}
