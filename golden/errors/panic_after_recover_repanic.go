package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Errorf("wrapped: %v", r))
	}()
	panic("original")
}
