package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests uint64
	errors   int32
	maxSeen  int64
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 1; i <= 40; i++ {
		wg.Add(1)
		go func(i int64) {
			defer wg.Done()
			atomic.AddUint64(&s.requests, 1)
			if i%7 == 0 {
				atomic.AddInt32(&s.errors, 1)
			}
			for {
				cur := atomic.LoadInt64(&s.maxSeen)
				if i <= cur || atomic.CompareAndSwapInt64(&s.maxSeen, cur, i) {
					break
				}
			}
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint64(&s.requests), atomic.LoadInt32(&s.errors), atomic.LoadInt64(&s.maxSeen))
	old := atomic.SwapInt32(&s.errors, 0)
	fmt.Println(old, s.errors)
	atomic.StoreUint64(&s.requests, 1<<63)
	fmt.Println(atomic.AddUint64(&s.requests, 1<<63))
	var u uint32 = 5
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.CompareAndSwapUint32(&u, 5, 9), u)
}
