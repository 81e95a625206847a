package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	add := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
		wg.Done()
	}
	wg.Add(3)
	time.AfterFunc(300*time.Millisecond, func() { add("third") })
	time.AfterFunc(100*time.Millisecond, func() { add("first") })
	time.AfterFunc(200*time.Millisecond, func() { add("second") })
	t := time.AfterFunc(150*time.Millisecond, func() { add("cancelled") })
	fmt.Println("stopped:", t.Stop())
	wg.Wait()
	fmt.Println(order)
}
