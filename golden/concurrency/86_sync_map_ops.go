package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%5, i%5*i%5)
		}(i)
	}
	wg.Wait()
	v, loaded := m.LoadOrStore(2, "new")
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("fresh", "new")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("fresh")
	fmt.Println(v, loaded)
	_, ok := m.Load("fresh")
	fmt.Println("fresh present:", ok)
	m.Delete(0)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println("keys:", keys)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 2
	})
	fmt.Println("stopped after", n)
}
