package main

import "fmt"

func f(n int) int {
	fmt.Print("f(", n, ") ")
	return n
}

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case f(0), f(1):
			fmt.Println("zero or one")
		case 2:
			fmt.Println("two")
			fallthrough
		case 99:
			fmt.Println("fell through")
		default:
			fmt.Println("default")
		}
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	case x > 1:
		fmt.Println("medium")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
}
