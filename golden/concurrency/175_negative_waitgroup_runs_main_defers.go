// Done once too often in main: a panic (not fatal), so main's deferred call runs before the report.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker done")
	}()
	wg.Wait()
	defer fmt.Println("main's deferred call runs during the panic")
	wg.Done()
}
