package main

import "fmt"

func main() {
	ch := make(chan string)
	ch <- "nobody listens"
	fmt.Println("unreachable")
}
