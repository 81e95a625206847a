package main

import "fmt"

// Errors caused by an earlier error (operands of invalid type) are not reported.
func size() int {
	n := len(s) + s.count
	return n
}

var s undefinedType

func main() {
	fmt.Println(size())
}
