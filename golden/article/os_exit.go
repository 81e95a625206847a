package main

import (
	"fmt"
	"os"
)

func main() {
	// This defer never runs if os.Exit is called.
	defer fmt.Println("Cleanup")

	fmt.Println("Exiting")
	os.Exit(0)
}
