// Package container/heap, as gosub provides it: a binary min-heap over any
// sort.Interface. A user's Less and Swap may log their calls, so the order of those calls is
// part of the behaviour: we make exactly the comparisons and swaps of the textbook algorithm
// that Go documents (children of i at 2i+1 and 2i+2, the smaller child wins, ties favour the
// left one, sifting stops at the first non-improving comparison).
package heap

import "sort"

// Interface is what a heap needs from its user: ordering plus appending and removing at the
// end of the underlying collection.
type Interface interface {
	sort.Interface
	Push(x any) // append x as element Len()
	Pop() any   // remove and return element Len()-1
}

// Init orders h into a heap, sifting down every inner node from the last one back to the root.
func Init(h Interface) {
	size := h.Len()
	for node := size/2 - 1; node >= 0; node-- {
		sinkFrom(h, node, size)
	}
}

// Push appends x and lets it rise to its place.
func Push(h Interface, x any) {
	h.Push(x)
	floatFrom(h, h.Len()-1)
}

// Pop takes out the minimum: it moves the root to the end, repairs the rest, then asks the
// user to remove the last element. (An empty heap reaches the user's Swap(0, -1) and Pop, as
// in Go.)
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	sinkFrom(h, 0, last)
	return h.Pop()
}

// Remove takes out the element at index i.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		// The element moved into i may belong lower or higher; try lower first.
		if !sinkFrom(h, i, last) {
			floatFrom(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap after the element at index i changed its value.
func Fix(h Interface, i int) {
	if !sinkFrom(h, i, h.Len()) {
		floatFrom(h, i)
	}
}

// floatFrom moves the element at pos towards the root while it is less than its parent.
func floatFrom(h Interface, pos int) {
	for pos > 0 {
		parent := (pos - 1) / 2
		if !h.Less(pos, parent) {
			return
		}
		h.Swap(parent, pos)
		pos = parent
	}
}

// sinkFrom moves the element at start down within the first size elements while a child is
// less than it, and reports whether it moved at all.
func sinkFrom(h Interface, start, size int) bool {
	pos := start
	for {
		child := 2*pos + 1
		if child >= size || child < 0 { // child < 0: 2*pos+1 overflowed
			break
		}
		if right := child + 1; right < size && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, pos) {
			break
		}
		h.Swap(pos, child)
		pos = child
	}
	return pos > start
}
