package main

import "fmt"

func main() {
	var d int8
	x := int8(7)
	fmt.Println(x % 3)
	fmt.Println(x % d)
}
