package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("deferred recover:", recover())
	}()
	var mu sync.Mutex
	fmt.Println("unlocking an unlocked mutex")
	mu.Unlock()
}
