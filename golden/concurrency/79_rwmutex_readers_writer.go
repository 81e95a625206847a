package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	mu    sync.RWMutex
	items map[string]int
	reads int
	rmu   sync.Mutex
}

func (r *Registry) Get(k string) (int, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	r.rmu.Lock()
	r.reads++
	r.rmu.Unlock()
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry) Set(k string, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k] = v
}

func main() {
	r := &Registry{items: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.Set(fmt.Sprintf("k%d", i), i*i)
		}(i)
	}
	wg.Wait()
	found := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				if v, ok := r.Get(fmt.Sprintf("k%d", i)); ok {
					found[i] = v
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(found, "reads:", r.reads)
	keys := make([]string, 0)
	for k := range r.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	l := r.mu.RLocker()
	l.Lock()
	fmt.Println("RLocker acquired read lock; TryLock:", r.mu.TryLock())
	l.Unlock()
	fmt.Println("after RLocker unlock; TryLock:", r.mu.TryLock())
}
