package main

import (
	"fmt"
	"sort"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Add(k string, d int) {
	s.mu.Lock()
	s.data[k] += d
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"x", "y", "z"}
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.Add(keys[(w+i)%3], 1)
			}
		}(w)
	}
	reads := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if _, ok := s.Get("missing"); !ok {
					reads[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	names := make([]string, 0, len(s.data))
	for k := range s.data {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		v, _ := s.Get(k)
		fmt.Println(k, v)
	}
	fmt.Println("misses:", reads)
	rl := s.mu.RLocker()
	rl.Lock()
	fmt.Println("TryLock while read-locked:", s.mu.TryLock())
	fmt.Println("TryRLock while read-locked:", s.mu.TryRLock())
	s.mu.RUnlock()
	rl.Unlock()
	fmt.Println("TryLock when free:", s.mu.TryLock())
	s.mu.Unlock()
}
