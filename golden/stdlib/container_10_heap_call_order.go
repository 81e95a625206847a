package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// logHeap records every Less and Swap the heap package makes, so the exact
// sequence of calls is part of the output.
type logHeap struct {
	a   []int
	log []string
}

func (h *logHeap) Len() int { return len(h.a) }
func (h *logHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d,%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *logHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d,%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *logHeap) Push(x any) {
	h.log = append(h.log, fmt.Sprintf("push(%v)", x))
	h.a = append(h.a, x.(int))
}
func (h *logHeap) Pop() any {
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[:n-1]
	h.log = append(h.log, fmt.Sprintf("pop->%d", x))
	return x
}

func (h *logHeap) show(what string) {
	fmt.Printf("%-12s %v\n  %s\n", what, h.a, strings.Join(h.log, " "))
	h.log = nil
}

func main() {
	h := &logHeap{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10}}
	heap.Init(h)
	h.show("init")
	for _, v := range []int{-1, 12, 5, 5} {
		heap.Push(h, v)
		h.show(fmt.Sprint("push ", v))
	}
	fmt.Println(heap.Pop(h))
	h.show("pop")
	fmt.Println(heap.Remove(h, 3))
	h.show("remove 3")
	fmt.Println(heap.Remove(h, h.Len()-1))
	h.show("remove last")
	fmt.Println(heap.Remove(h, 0))
	h.show("remove 0")
	h.a[2] = -5
	heap.Fix(h, 2)
	h.show("fix up")
	h.a[0] = 100
	heap.Fix(h, 0)
	h.show("fix down")
	h.a[4] = h.a[4]
	heap.Fix(h, 4)
	h.show("fix same")
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	h.show("drain")

	// Small and degenerate heaps.
	e := &logHeap{}
	heap.Init(e)
	e.show("init empty")
	heap.Push(e, 3)
	e.show("push one")
	fmt.Println(heap.Pop(e))
	e.show("pop one")
	two := &logHeap{a: []int{2, 1}}
	heap.Init(two)
	two.show("init two")
	heap.Fix(two, 1)
	two.show("fix leaf")
	eq := &logHeap{a: []int{1, 1, 1, 1, 1}}
	heap.Init(eq)
	eq.show("init equal")
	heap.Remove(eq, 1)
	eq.show("remove eq")
}
