package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(parent)
	defer cancel1()
	child2, cancel2 := context.WithCancel(parent)
	grandchild, cancel3 := context.WithCancel(child1)
	defer cancel3()
	cancel2()
	fmt.Println("after cancel2:", parent.Err(), child1.Err(), child2.Err(), grandchild.Err())
	var wg sync.WaitGroup
	names := []string{"child1", "grandchild"}
	ctxs := []context.Context{child1, grandchild}
	msgs := make([]string, 2)
	for i := range ctxs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-ctxs[i].Done()
			msgs[i] = names[i] + " done: " + ctxs[i].Err().Error()
		}(i)
	}
	cancelParent()
	wg.Wait()
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("parent:", parent.Err())
}
