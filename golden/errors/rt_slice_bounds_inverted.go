package main

import "fmt"

func main() {
	s := []string{"a", "b", "c", "d"}
	lo, hi := 3, 1
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}
