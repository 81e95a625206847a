package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name string
	N    int
}

func main() {
	var n int64
	var u32 uint32
	var i32 int32 = 2147483647
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddInt32(&i32, 1))
	fmt.Println(atomic.CompareAndSwapInt64(&n, 5000, 7), n, atomic.CompareAndSwapInt64(&n, 5000, 8), n)
	fmt.Println(atomic.SwapInt64(&n, 9), n)
	atomic.StoreUint32(&u32, 42)
	fmt.Println(atomic.LoadUint32(&u32))

	var c atomic.Int64
	var b atomic.Bool
	var x atomic.Int32
	var y atomic.Uint64
	c.Add(10)
	c.Add(-3)
	fmt.Println(c.Load(), c.Swap(100), c.CompareAndSwap(100, 1), c.Load())
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.CompareAndSwap(false, true), b.Load())
	x.Store(-5)
	fmt.Println(x.Add(2), y.Add(1<<63), y.Load())
	fmt.Println(c, x)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(Config{"a", 1})
	cfg := v.Load().(Config)
	fmt.Println(cfg.Name, cfg.N)
	old := v.Swap(Config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(Config{"b", 2}, Config{"c", 3}), v.Load())
	fmt.Println(v.CompareAndSwap(Config{"x", 2}, Config{"d", 3}), v.Load())

	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"p", 9})
	fmt.Println(p.Load().Name)

	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store("string")
}
