package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "fatal: giving up")
	os.Exit(3)
}
