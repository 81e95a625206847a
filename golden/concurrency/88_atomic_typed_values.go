package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var small atomic.Int32
	var big atomic.Uint64
	var done atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			hits.Add(2)
			small.Add(-1)
			big.Add(uint64(i))
		}(i)
	}
	wg.Wait()
	done.Store(true)
	fmt.Println(hits.Load(), small.Load(), big.Load(), done.Load())
	fmt.Println(small.Swap(7), small.Load())
	fmt.Println(small.CompareAndSwap(1, 2), small.CompareAndSwap(7, 8), small.Load())
	fmt.Println(done.Swap(false), done.CompareAndSwap(false, true), done.Load())
	big.Store(0)
	fmt.Println(big.Add(^uint64(0)))
	var u32 atomic.Uint32
	u32.Store(10)
	fmt.Println(u32.Add(^uint32(2)))
}
