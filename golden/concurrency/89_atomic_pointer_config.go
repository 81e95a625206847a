package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println("initial nil:", cur.Load() == nil)
	cur.Store(&Config{1, "boot"})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &Config{old.Version + 1, "rev"}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	c := cur.Load()
	fmt.Println(c.Version, c.Name)
	prev := cur.Swap(&Config{100, "final"})
	fmt.Println(prev.Version, cur.Load().Version)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	fmt.Println(v.CompareAndSwap(1, 2))
}
