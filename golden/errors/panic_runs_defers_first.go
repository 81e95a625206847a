package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func inner() {
	defer cleanup("inner")
	panic("inner failed")
}

func main() {
	defer cleanup("main")
	defer func() {
		fmt.Println("deferred sees panic but does not recover")
	}()
	inner()
}
