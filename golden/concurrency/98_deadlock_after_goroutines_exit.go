package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- 1
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-ch
	}
	wg.Wait()
	fmt.Println("got", sum, "then one receive too many")
	<-ch
}
