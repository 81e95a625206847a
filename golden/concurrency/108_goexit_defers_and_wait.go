package main

import (
	"fmt"
	"runtime"
	"sync"
)

func step(out *[]string, s string) { *out = append(*out, s) }

func main() {
	var log []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer step(&log, "outer defer")
		func() {
			defer step(&log, "inner defer")
			runtime.Goexit()
			step(&log, "unreachable")
		}()
		step(&log, "unreachable too")
	}()
	wg.Wait()
	fmt.Println(log)

	res := make(chan any, 1)
	go func() {
		defer func() { res <- recover() }()
		runtime.Goexit()
	}()
	fmt.Println("recover during Goexit:", <-res)
}
