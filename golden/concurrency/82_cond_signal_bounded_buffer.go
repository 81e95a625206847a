package main

import (
	"fmt"
	"sync"
)

type Buffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	max      int
	maxSeen  int
}

func NewBuffer(max int) *Buffer {
	b := &Buffer{max: max}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	for len(b.items) == b.max {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	if len(b.items) > b.maxSeen {
		b.maxSeen = len(b.items)
	}
	b.notEmpty.Signal()
	b.mu.Unlock()
}

func (b *Buffer) Take() int {
	b.mu.Lock()
	for len(b.items) == 0 {
		b.notEmpty.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	b.mu.Unlock()
	return v
}

func main() {
	b := NewBuffer(2)
	go func() {
		for i := 1; i <= 8; i++ {
			b.Put(i)
		}
	}()
	var got []int
	for i := 0; i < 8; i++ {
		got = append(got, b.Take())
	}
	fmt.Println(got)
	fmt.Println("never above capacity:", b.maxSeen <= 2)
}
