package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

func topK(xs []int, k int) []int {
	h := &minHeap{}
	for _, x := range xs {
		heap.Push(h, x)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := append([]int(nil), *h...)
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return out
}

type cursor struct{ list, idx int }
type mergeHeap struct {
	lists [][]int
	cs    []cursor
}

func (m *mergeHeap) Len() int { return len(m.cs) }
func (m *mergeHeap) Less(i, j int) bool {
	return m.lists[m.cs[i].list][m.cs[i].idx] < m.lists[m.cs[j].list][m.cs[j].idx]
}
func (m *mergeHeap) Swap(i, j int)       { m.cs[i], m.cs[j] = m.cs[j], m.cs[i] }
func (m *mergeHeap) Push(x interface{}) { m.cs = append(m.cs, x.(cursor)) }
func (m *mergeHeap) Pop() interface{} {
	c := m.cs[len(m.cs)-1]
	m.cs = m.cs[:len(m.cs)-1]
	return c
}

func main() {
	fmt.Println(topK([]int{5, 1, 9, 3, 7, 9, 2, 8}, 3))
	lists := [][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5}}
	m := &mergeHeap{lists: lists}
	for i, l := range lists {
		if len(l) > 0 {
			heap.Push(m, cursor{i, 0})
		}
	}
	var merged []int
	for m.Len() > 0 {
		c := heap.Pop(m).(cursor)
		merged = append(merged, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			heap.Push(m, cursor{c.list, c.idx + 1})
		}
	}
	fmt.Println(merged)
}
