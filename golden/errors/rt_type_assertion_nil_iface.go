package main

import "fmt"

func main() {
	var v interface{}
	fmt.Println(v == nil)
	s := v.(string)
	fmt.Println(s)
}
