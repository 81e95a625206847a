package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Snapshot struct {
	Version int
	Data    []string
}

func main() {
	var cur atomic.Pointer[Snapshot]
	fmt.Println("nil at start:", cur.Load() == nil)
	cur.Store(&Snapshot{1, []string{"a"}})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &Snapshot{old.Version + 1, append(append([]string{}, old.Data...), fmt.Sprint(i))}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	s := cur.Load()
	fmt.Println("version:", s.Version, "items:", len(s.Data))
	prev := cur.Swap(&Snapshot{Version: 100})
	fmt.Println(prev.Version, cur.Load().Version)
	fmt.Println(cur.CompareAndSwap(prev, nil))
}
