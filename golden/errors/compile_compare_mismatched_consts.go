package main

import "fmt"

func main() {
	if "1" == 1 {
		fmt.Println("equal")
	}
}
