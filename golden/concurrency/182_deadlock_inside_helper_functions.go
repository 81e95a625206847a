// Goroutines block inside helper functions: Go's list names the innermost function (main.waitFor, main.get).
package main

import (
	"fmt"
	"sync"
)

func waitFor(wg *sync.WaitGroup) {
	wg.Wait()
}

func get(ch chan int) int {
	return <-ch
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	ch := make(chan int)
	go func() {
		fmt.Println(get(ch))
	}()
	waitFor(&wg)
}
