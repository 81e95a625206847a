package main

import "fmt"

func main() {
	s := "short"
	end := 10
	fmt.Println(s[1:3])
	fmt.Println(s[:end])
}
