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
	cap      int
}

func NewBuffer(n int) *Buffer {
	b := &Buffer{cap: n}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	for len(b.items) == b.cap {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
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
	buf := NewBuffer(2)
	go func() {
		for i := 1; i <= 10; i++ {
			buf.Put(i * i)
		}
		buf.Put(-1)
	}()
	var got []int
	for {
		v := buf.Take()
		if v < 0 {
			break
		}
		got = append(got, v)
	}
	fmt.Println(got)
}
