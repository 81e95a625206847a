package main

import "fmt"

func main() {
	const a = 7
	fmt.Println(a % 0)
}
