package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

func main() {
	var cfg atomic.Value
	fmt.Println("empty:", cfg.Load())
	cfg.Store(Config{"initial", 1})
	var wg sync.WaitGroup
	seen := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := cfg.Load().(Config)
			seen[i] = c.Name
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)
	old := cfg.Swap(Config{"second", 4})
	fmt.Printf("%+v -> %+v\n", old, cfg.Load())
	fmt.Println(cfg.CompareAndSwap(Config{"initial", 1}, Config{"x", 0}))
	fmt.Println(cfg.CompareAndSwap(Config{"second", 4}, Config{"third", 8}))
	fmt.Printf("%+v\n", cfg.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	cfg.Store("a string")
}
