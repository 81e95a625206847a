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
	for _, d := range []int{300, 100, 500, 200} {
		wg.Add(1)
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, fmt.Sprintf("%dms", d))
			mu.Unlock()
		})
	}
	cancelled := time.AfterFunc(250*time.Millisecond, func() {
		mu.Lock()
		order = append(order, "cancelled one")
		mu.Unlock()
	})
	fmt.Println("stopped:", cancelled.Stop())
	wg.Wait()
	fmt.Println(order)
}
