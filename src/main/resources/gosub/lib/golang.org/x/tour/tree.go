// Package golang.org/x/tour/tree, as gosub provides it: the binary trees of A Tour of Go's
// "Equivalent Binary Trees" exercise.
package tree

import (
	"fmt"
	"math/rand"
)

// A Tree is a binary search tree of ints.
type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

// New returns a tree holding k, 2k, ..., 10k, inserted in a random order, so its shape
// differs from call to call while an in-order walk always yields the same sequence.
func New(k int) *Tree {
	var root *Tree
	for _, i := range rand.Perm(10) {
		root = root.insert((i + 1) * k)
	}
	return root
}

func (t *Tree) insert(v int) *Tree {
	if t == nil {
		return &Tree{Value: v}
	}
	if v < t.Value {
		t.Left = t.Left.insert(v)
	} else {
		t.Right = t.Right.insert(v)
	}
	return t
}

// String shows the tree's shape: each subtree in parentheses, its left part, value, right part.
func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := fmt.Sprint(t.Value)
	if t.Left != nil {
		s = t.Left.String() + " " + s
	}
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}
