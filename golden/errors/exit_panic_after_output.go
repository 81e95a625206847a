package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("line 1")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println("line 2")
	var arr []int
	_ = arr[len(arr)]
}
