package main

import "fmt"

func main() {
	handlers := map[string]func() string{"a": func() string { return "A" }}
	fmt.Println(handlers["a"]())
	fmt.Println(handlers["b"]())
}
