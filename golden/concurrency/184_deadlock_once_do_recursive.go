// once.Do called again from inside its own function: Once holds its mutex, so the goroutine
// blocks on itself and Go reports a deadlock (in main.setup, at the inner Do).
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	fmt.Println("setup starts")
	once.Do(setup)
	fmt.Println("never")
}

func main() {
	once.Do(setup)
}
