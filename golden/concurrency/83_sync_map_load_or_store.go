package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, loaded := m.LoadOrStore("leader", i)
			if !loaded {
				mu.Lock()
				winners++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("stores that won:", winners)

	v, ok := m.Load("missing")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store("c", 3)
	val, loaded := m.LoadAndDelete("b")
	fmt.Println(val, loaded)
	val, loaded = m.LoadAndDelete("b")
	fmt.Println(val, loaded)
	m.Delete("leader")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return false
	})
	fmt.Println("stopped after", count)
}
