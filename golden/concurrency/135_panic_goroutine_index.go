package main

import (
	"fmt"
	"sync"
)

func main() {
	data := []int{1, 2, 3}
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("spawning")
	go func(i int) {
		fmt.Println(data[i])
		wg.Done()
	}(5)
	wg.Wait()
	fmt.Println("unreachable")
}
