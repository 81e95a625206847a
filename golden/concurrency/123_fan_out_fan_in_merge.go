package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func upper(in <-chan string, name string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			b := []byte(s)
			for i := range b {
				if b[i] >= 'a' && b[i] <= 'z' {
					b[i] -= 32
				}
			}
			out <- string(b)
		}
	}()
	return out
}

func main() {
	src := make(chan string)
	go func() {
		defer close(src)
		for _, w := range []string{"go", "chan", "select", "mutex", "once", "pool", "cond"} {
			src <- w
		}
	}()
	var got []string
	for v := range merge(upper(src, "a"), upper(src, "b"), upper(src, "c")) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
}
