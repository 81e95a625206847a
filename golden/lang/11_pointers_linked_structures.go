package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func fromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	s := "["
	for c := n; c != nil; c = c.Next {
		if c != n {
			s += " -> "
		}
		s += fmt.Sprint(c.Val)
	}
	return s + "]"
}

func removeIf(head **Node, pred func(int) bool) {
	for p := head; *p != nil; {
		if pred((*p).Val) {
			*p = (*p).Next
		} else {
			p = &(*p).Next
		}
	}
}

func main() {
	l := fromSlice([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(l)
	removeIf(&l, func(v int) bool { return v%2 == 0 })
	fmt.Println(l)
	removeIf(&l, func(v int) bool { return v == 1 })
	fmt.Println(l)
	var empty *Node
	fmt.Println(empty)
}
