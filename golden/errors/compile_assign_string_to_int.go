package main

import "fmt"

func main() {
	var n int
	s := "five"
	n = s
	fmt.Println(n)
}
