package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover does not catch fatal errors:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking twice")
	mu.Unlock()
}
