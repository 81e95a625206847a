package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
	miss int
}

func (c *Cache) Get(k int) int {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	c.miss++
	v = k * 10
	c.data[k] = v
	return v
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				sums[g] += c.Get(k)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums)
	fmt.Println("misses:", c.miss, "size:", len(c.data))
}
