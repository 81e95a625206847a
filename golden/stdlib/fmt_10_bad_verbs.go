package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 3.5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra")
	fmt.Printf("no verbs\n", 7)
	fmt.Printf("%!d\n", 1)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%.[2]d\n", 1, 2)
	fmt.Printf("%z %v\n", 1, nil)
	fmt.Printf("100%%\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%*d\n", "w", 5)
}
