package main

import (
	"fmt"
	"sync"
)

type Lazy[T any] struct {
	once sync.Once
	f    func() T
	v    T
}

func (l *Lazy[T]) Get() T {
	l.once.Do(func() { l.v = l.f() })
	return l.v
}

func main() {
	calls := 0
	l := &Lazy[string]{f: func() string { calls++; return "computed" }}
	var wg sync.WaitGroup
	res := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = l.Get()
		}(i)
	}
	wg.Wait()
	fmt.Println(res[0], res[9], "calls:", calls)
}
