package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func load() {
	inits++
	config = map[string]string{"mode": "fast", "level": "3"}
}

func main() {
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			got[i] = config["mode"]
		}(i)
	}
	wg.Wait()
	fmt.Println("inits:", inits, got)
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("first call panics") })
	}()
	ran := false
	o2.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
