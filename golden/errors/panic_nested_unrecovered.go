package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred runs")
		panic("from defer")
	}()
	panic("original")
}
