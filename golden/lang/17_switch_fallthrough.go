package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch {
	case n < 0:
		fmt.Print("negative ")
		fallthrough
	case n == 0:
		fmt.Print("non-positive ")
	case n > 100:
		fmt.Print("big ")
		fallthrough
	case n > 10:
		fmt.Print("medium-or-more ")
		fallthrough
	default:
		fmt.Print("any")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{-1, 0, 5, 50, 500} {
		describe(n)
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (via fallthrough)")
	case 4:
		fmt.Println("four")
	}
}
