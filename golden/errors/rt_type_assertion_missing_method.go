package main

import "fmt"

type Closer interface{ Close() error }
type File struct{}

func main() {
	var v interface{} = File{}
	fmt.Println("asserting")
	c := v.(Closer)
	fmt.Println(c)
}
