package main

import "fmt"

func main() {
	var s uint = 2
	var f float64 = 1 << s
	fmt.Println(f)
}
