package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, 2)
				atomic.AddUint32(&u32, 3)
				atomic.AddUint64(&u64, 4)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))

	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println("decrement uint32:", u32)
	atomic.StoreInt64(&i64, -5)
	fmt.Println("swap returns old:", atomic.SwapInt64(&i64, 9), i64)
	fmt.Println("CAS wrong old:", atomic.CompareAndSwapInt32(&i32, 7, 8), i32)
	fmt.Println("CAS right old:", atomic.CompareAndSwapInt32(&i32, 1000, 8), i32)
	var max uint64 = 1<<64 - 1
	fmt.Println("wraps:", atomic.AddUint64(&max, 2))
	var p uintptr
	atomic.StoreUintptr(&p, 40)
	fmt.Println(atomic.AddUintptr(&p, 2))
}
