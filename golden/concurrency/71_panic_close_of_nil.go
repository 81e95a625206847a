package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("closing nil channel")
	close(ch)
}
