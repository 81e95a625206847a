package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			once.Do(func() {
				calls++
				panic("init failed")
			})
			fmt.Println("Do returned normally, call", i)
		}()
	}
	fmt.Println("calls:", calls)

	var o2 sync.Once
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o2.Do(func() { n += 5 })
		}()
	}
	wg.Wait()
	fmt.Println("n:", n)
	o2.Do(func() { n = 100 })
	fmt.Println("n still:", n)
}
