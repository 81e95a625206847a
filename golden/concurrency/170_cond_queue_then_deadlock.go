// A queue built on sync.Cond: three consumers wait for items; a final Get with the queue empty deadlocks in Cond.Wait.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			sum := 0
			for j := 0; j < 4; j++ {
				sum += q.Get()
			}
			results <- sum
		}()
	}
	for i := 1; i <= 12; i++ {
		q.Put(i)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-results
	}
	fmt.Println("total", total)
	q.Get()
}
