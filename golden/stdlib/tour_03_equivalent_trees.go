// A Tour of Go's "Equivalent Binary Trees" exercise, solved with a goroutine per walk:
// golang.org/x/tour/tree builds randomly shaped trees whose in-order walk is always the same.
// Output derived from the exercise's definition (k, 2k, ..., 10k in order).
package main

import (
	"fmt"
	"strings"

	"golang.org/x/tour/tree"
)

func Walk(t *tree.Tree, ch chan int) {
	var walk func(t *tree.Tree)
	walk = func(t *tree.Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *tree.Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	ch := make(chan int)
	go Walk(tree.New(1), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(tree.New(1), tree.New(1)))
	fmt.Println(Same(tree.New(1), tree.New(2)))
	s := tree.New(3).String()
	fmt.Println(strings.Count(s, "("), strings.Count(s, ")"), strings.Count(s, "()"))
	fmt.Println(&tree.Tree{&tree.Tree{nil, 1, nil}, 2, &tree.Tree{nil, 3, &tree.Tree{nil, 4, nil}}})
	var empty *tree.Tree
	fmt.Println(empty.String())
}
