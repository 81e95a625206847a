// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var flags atomic.Uint32
	flags.Store(0b1010)
	old := flags.Or(0b0101)
	fmt.Printf("%04b %04b\n", old, flags.Load())
	old = flags.And(0b0110)
	fmt.Printf("%04b %04b\n", old, flags.Load())
	var n atomic.Int64
	fmt.Println(n.Add(5), n.Swap(1), n.Load())

	var m sync.Map
	m.Store("a", 1)
	prev, loaded := m.Swap("a", 2)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("a", 2, 3), m.CompareAndSwap("a", 2, 4))
	v, _ := m.Load("a")
	fmt.Println(v)
	fmt.Println(m.CompareAndDelete("a", 99), m.CompareAndDelete("a", 3))
	m.Store("x", 1)
	m.Store("y", 2)
	m.Clear()
	count := 0
	m.Range(func(k, v any) bool { count++; return true })
	fmt.Println("after clear:", count)
}
