// Expected output derived by hand from the sync package docs (Go 1.21 APIs).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	loads := 0
	config := sync.OnceValues(func() (map[string]int, error) {
		loads++
		return map[string]int{"port": 8080}, nil
	})
	var wg sync.WaitGroup
	ports := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m, err := config()
			if err == nil {
				ports[i] = m["port"]
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(ports, "loads:", loads)

	parse := sync.OnceValue(func() int {
		n, err := strconv.Atoi("12x")
		if err != nil {
			panic(errors.New("bad number"))
		}
		return n
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "panicked:", recover()) }()
			parse()
		}()
	}

	calls := 0
	greet := sync.OnceFunc(func() { calls++ })
	for i := 0; i < 5; i++ {
		greet()
	}
	fmt.Println("OnceFunc calls:", calls)
}
