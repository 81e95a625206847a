package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	bytes  atomic.Uint64
	peak   atomic.Uint32
}

func (s *Stats) observe(size uint32, hit bool) {
	if hit {
		s.hits.Add(1)
	} else {
		s.misses.Add(1)
	}
	s.bytes.Add(uint64(size))
	for {
		old := s.peak.Load()
		if size <= old || s.peak.CompareAndSwap(old, size) {
			return
		}
	}
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.observe(uint32(i*7%23), i%3 == 0)
		}(i)
	}
	wg.Wait()
	fmt.Println("hits", s.hits.Load(), "misses", s.misses.Load())
	fmt.Println("bytes", s.bytes.Load(), "peak", s.peak.Load())
	fmt.Println("swap", s.hits.Swap(0), s.hits.Load())
	s.misses.Store(-3)
	fmt.Println(s.misses.Add(-2))
}
