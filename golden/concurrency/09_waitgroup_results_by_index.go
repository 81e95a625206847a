package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	out := make([]string, len(words))
	var wg sync.WaitGroup
	wg.Add(len(words))
	for i, w := range words {
		go func(i int, w string) {
			defer wg.Done()
			out[i] = strings.ToUpper(w) + fmt.Sprint(len(w))
		}(i, w)
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ","))
}
