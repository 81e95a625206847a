package main

import (
	"fmt"
	"sort"
)

type outcome struct {
	id  int
	err string
	val int
}

func safeTask(id int, out chan<- outcome) {
	defer func() {
		if r := recover(); r != nil {
			out <- outcome{id: id, err: fmt.Sprint(r)}
		}
	}()
	arr := []int{10, 20, 30}
	out <- outcome{id: id, val: 100 / (id - 2) * arr[id]}
}

func main() {
	out := make(chan outcome)
	for i := 0; i < 5; i++ {
		go safeTask(i, out)
	}
	var all []outcome
	for i := 0; i < 5; i++ {
		all = append(all, <-out)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, o := range all {
		if o.err != "" {
			fmt.Printf("task %d failed: %s\n", o.id, o.err)
		} else {
			fmt.Printf("task %d = %d\n", o.id, o.val)
		}
	}
}
