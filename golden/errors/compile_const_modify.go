package main

import "fmt"

const Limit = 10

func main() {
	Limit = 20
	fmt.Println(Limit)
}
