package main

import "fmt"

type Node struct {
	left, right *Node
}

func build(depth int) *Node {
	if depth == 0 {
		return &Node{}
	}
	return &Node{build(depth - 1), build(depth - 1)}
}

func (n *Node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	total := 0
	for i := 0; i < 20; i++ {
		total += build(16).count()
	}
	fmt.Println("binary trees depth 16 x20 nodes:", total)
}
