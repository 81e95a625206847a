package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Settings struct {
	Name    string
	Version int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Settings{"init", 1})
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 2; i <= 5; i++ {
		wg.Add(1)
		go func(ver int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			cur := v.Load().(Settings)
			if ver > cur.Version {
				v.Store(Settings{fmt.Sprint("v", ver), ver})
			}
		}(i)
	}
	wg.Wait()
	fmt.Printf("%+v\n", v.Load().(Settings))
	var p atomic.Pointer[Settings]
	fmt.Println(p.Load() == nil)
	p.Store(&Settings{"ptr", 9})
	fmt.Println(p.Load().Name)
}
