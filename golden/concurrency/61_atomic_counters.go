package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1))
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1))
	old := atomic.SwapInt32(&flag, 7)
	fmt.Println(old, atomic.LoadInt32(&flag))
	atomic.StoreInt32(&flag, 42)
	fmt.Println(atomic.LoadInt32(&flag))
	var typed atomic.Int64
	typed.Add(5)
	typed.Add(-2)
	fmt.Println(typed.Load(), typed.CompareAndSwap(3, 10), typed.Load())
	var b atomic.Bool
	fmt.Println(b.Load())
	b.Store(true)
	fmt.Println(b.Load())
}
