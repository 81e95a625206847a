package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, host chan struct{}) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		p.meals++
		p.right.Unlock()
		p.left.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		l, r := forks[i], forks[(i+1)%len(forks)]
		if i == len(names)-1 {
			l, r = r, l
		}
		phils[i] = &Philosopher{name: n, left: l, right: r}
	}
	host := make(chan struct{}, len(names)-1)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, &wg, host)
	}
	wg.Wait()
	total := 0
	for _, p := range phils {
		fmt.Printf("%-9s ate %d times\n", p.name, p.meals)
		total += p.meals
	}
	fmt.Println("total meals:", total)
}
