// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

type Small int8

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for range n {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never negative", i)
	}
	var s Small = 3
	for i := range s {
		fmt.Printf("%T %d\n", i, i)
	}
	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)
	for i := range 5 {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		fmt.Println("i =", i)
	}
}
