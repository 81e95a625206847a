package main

import "fmt"

func log(msg string) {
	fmt.Println(msg)
	return len(msg)
}

func main() {
	log("x")
}
