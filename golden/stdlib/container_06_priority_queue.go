package main

import (
	"container/heap"
	"fmt"
)

type task struct {
	name     string
	priority int
	index    int
}

type pq []*task

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].name < q[j].name
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x any) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *pq) update(t *task, priority int) {
	t.priority = priority
	heap.Fix(q, t.index)
}

func main() {
	tasks := map[string]int{"write": 3, "test": 5, "deploy": 1, "review": 4, "lint": 2}
	q := pq{}
	byName := map[string]*task{}
	for _, n := range []string{"write", "test", "deploy", "review", "lint"} {
		t := &task{name: n, priority: tasks[n]}
		byName[n] = t
		heap.Push(&q, t)
	}
	q.update(byName["deploy"], 10)
	removed := heap.Remove(&q, byName["review"].index).(*task)
	fmt.Println("removed", removed.name, removed.index)
	heap.Push(&q, &task{name: "docs", priority: 3})
	for q.Len() > 0 {
		t := heap.Pop(&q).(*task)
		fmt.Println(t.priority, t.name)
	}
}
