// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() {
		calls++
		fmt.Println("init ran")
	})
	f()
	f()
	f()
	fmt.Println("calls:", calls)

	compute := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 6 * 7
	})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = compute()
		}()
	}
	wg.Wait()
	fmt.Println(results)

	load := sync.OnceValues(func() (string, error) {
		return "", fmt.Errorf("load failed")
	})
	v, err := load()
	fmt.Printf("%q %v\n", v, err)
	_, err2 := load()
	fmt.Println(err == err2)

	p := sync.OnceFunc(func() { panic("boom") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}
