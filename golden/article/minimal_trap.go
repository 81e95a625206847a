package main

import (
	"fmt"
	"time"
)

func main() {
	// Spawn a worker that takes time to finish.
	go func() {
		time.Sleep(1 * time.Second)
		fmt.Println("Worker done")
	}()

	// Main returns immediately. The process dies here.
	fmt.Println("Main exiting")
}
