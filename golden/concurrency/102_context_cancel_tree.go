package main

import (
	"context"
	"fmt"
)

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Printf("%-11s done: %v\n", name, ctx.Err())
	default:
		fmt.Printf("%-11s alive\n", name)
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	mid, cancelMid := context.WithCancel(root)
	leafA, cancelA := context.WithCancel(mid)
	defer cancelA()
	leafB := context.WithValue(mid, "k", 1)
	sibling, cancelSib := context.WithCancel(root)
	defer cancelSib()

	cancelMid()
	fmt.Println("-- after cancelling mid")
	state("root", root)
	state("mid", mid)
	state("leafA", leafA)
	state("leafB", leafB)
	state("sibling", sibling)

	late, cancelLate := context.WithCancel(mid)
	defer cancelLate()
	state("late child", late)

	cancelRoot()
	fmt.Println("-- after cancelling root")
	state("root", root)
	state("sibling", sibling)
}
