package main

import "fmt"

type T struct{}

func main() {
	var v interface{} = T{}
	p := v.(*T)
	fmt.Println(p)
}
