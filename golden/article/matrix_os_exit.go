package main

import (
	"fmt"
	"os"
)

// Decision matrix: os.Exit forces immediate termination and skips cleanup.
func main() {
	defer fmt.Println("deferred cleanup (skipped)")
	go func() {
		select {}
	}()
	fmt.Println("critical error: giving up")
	os.Exit(3)
}
