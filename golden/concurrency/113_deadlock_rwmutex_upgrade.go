package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("holding read lock, now trying to upgrade")
	rw.Lock()
}
