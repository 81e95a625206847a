package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	_, ok = m.Load(70)
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore(3, 999)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore(30, 900)
	fmt.Println(actual, loaded)
	m.Delete(0)
	var keys []int
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	val, loaded := m.LoadAndDelete(30)
	fmt.Println(val, loaded)
}
