package main

import (
	"container/heap"
	"fmt"
)

type item struct{ node, dist int }
type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)         { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any           { o := *h; x := o[len(o)-1]; *h = o[:len(o)-1]; return x }

func main() {
	// graph as adjacency list: edges[from] = {to, weight}
	edges := map[int][][2]int{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	const inf = 1 << 30
	dist := []int{0, inf, inf, inf, inf, inf}
	h := &minHeap{{0, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range edges[cur.node] {
			if nd := cur.dist + e[1]; nd < dist[e[0]] {
				dist[e[0]] = nd
				heap.Push(h, item{e[0], nd})
			}
		}
	}
	for n, d := range dist {
		if d == inf {
			fmt.Println(n, "unreachable")
		} else {
			fmt.Println(n, d)
		}
	}

	nums := &minHeap{}
	for _, v := range []int{9, 4, 7, 1, 8, 2} {
		*nums = append(*nums, item{v, v})
	}
	heap.Init(nums)
	fmt.Println((*nums)[0].dist)
	(*nums)[0].dist = 100
	heap.Fix(nums, 0)
	for nums.Len() > 0 {
		fmt.Print(heap.Pop(nums).(item).dist, " ")
	}
	fmt.Println()
}
