package main

import "fmt"

func main() {
	for w := 1; w <= 6; w += 2 {
		fmt.Printf("[%*d] [%-*d]\n", w, 42, w, 42)
	}
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 2.71828)
	fmt.Printf("[%[2]d %[1]d]\n", 1, 2)
	fmt.Printf("[%[1]d %[1]x %[1]o %[1]b]\n", 10)
	fmt.Printf("[%d %d %[1]d %d]\n", 1, 2)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%*d]\n", -5, 7)
	fmt.Printf("[%-+6d] [%+-6d] [%0-6d]\n", 3, 3, 3)
	fmt.Printf("[%x] [% x] [%#x] [%# x]\n", []byte{1, 2, 255}, []byte{1, 2, 255}, []byte{1, 2, 255}, []byte{1, 2, 255})
}
