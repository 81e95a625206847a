package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	name     string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x interface{}) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() interface{} {
	old := *pq
	it := old[len(old)-1]
	*pq = old[:len(old)-1]
	return it
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Println("min:", (*h)[0])
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	pq := PQ{}
	items := map[string]int{"low": 1, "high": 9, "mid": 5, "mid2": 5}
	for _, n := range []string{"low", "high", "mid", "mid2"} {
		heap.Push(&pq, &Item{name: n, priority: items[n]})
	}
	lowItem := pq[0]
	for _, it := range pq {
		if it.name == "low" {
			lowItem = it
		}
	}
	lowItem.priority = 10
	heap.Fix(&pq, lowItem.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Println(it.name, it.priority)
	}
}
