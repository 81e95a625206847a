// Expected output derived by hand from the context package docs (Go 1.21 APIs).
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var ran []string
	var wg sync.WaitGroup
	register := func(name string) func() bool {
		wg.Add(1)
		return context.AfterFunc(ctx, func() {
			defer wg.Done()
			mu.Lock()
			ran = append(ran, name)
			mu.Unlock()
		})
	}
	register("close files")
	stopLog := register("flush log")
	register("release lock")
	fmt.Println("stop before cancel:", stopLog())
	fmt.Println("stop twice:", stopLog())
	wg.Done()
	cancel()
	wg.Wait()
	sort.Strings(ran)
	fmt.Println(ran)

	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	ch := make(chan string)
	stop := context.AfterFunc(done, func() { ch <- "ran at once for a done context" })
	fmt.Println(<-ch)
	fmt.Println("stop after run:", stop())
}
