package main

import (
	"context"
	"fmt"
)

func state(name string, ctx context.Context) {
	fmt.Printf("%-6s %v\n", name, ctx.Err())
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2 := context.WithValue(a, "k", "v")
	defer cancelB()
	defer cancelA1()

	cancelA()
	fmt.Println("after cancelling a:")
	for _, n := range []struct {
		name string
		c    context.Context
	}{{"root", root}, {"a", a}, {"b", b}, {"a1", a1}, {"a2", a2}} {
		state(n.name, n.c)
	}
	cancelRoot()
	fmt.Println("after cancelling root:")
	state("b", b)
	late, cancelLate := context.WithCancel(root)
	defer cancelLate()
	state("late", late)
}
