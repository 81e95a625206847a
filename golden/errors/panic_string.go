package main

import "fmt"

func main() {
	fmt.Println("starting")
	panic("something went wrong")
}
