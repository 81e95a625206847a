package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read lock held; trying to upgrade")
	rw.Lock()
	fmt.Println("unreachable")
}
