package main

import (
	"fmt"
	"sort"
	"sync"
)

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	const workers = 4
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := map[int][]int{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for phase := 0; phase < 3; phase++ {
				mu.Lock()
				log[phase] = append(log[phase], w)
				if phase > 0 && len(log[phase-1]) != workers {
					fmt.Println("barrier violated")
				}
				mu.Unlock()
				b.Await()
			}
		}(w)
	}
	wg.Wait()
	for phase := 0; phase < 3; phase++ {
		ws := log[phase]
		sort.Ints(ws)
		fmt.Println("phase", phase, ws)
	}
	fmt.Println("generations:", b.gen)
}
