package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func source(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(id int, in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
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

func main() {
	in := source(strings.Fields("the quick brown fox jumps over the lazy dog"))
	workers := make([]<-chan string, 3)
	for i := range workers {
		workers[i] = upper(i, in)
	}
	var got []string
	for w := range merge(workers...) {
		got = append(got, w)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
}
