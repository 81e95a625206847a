package main

import "fmt"

func main() {
	const a int8 = 100
	fmt.Println(a * 2)
}
