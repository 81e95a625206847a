package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "fatal: bad input")
	os.Exit(3)
}
