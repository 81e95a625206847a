package main

import "fmt"

type S string

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(S("p"), S("q"), "\n")
	fmt.Print(1.5, true, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	s := fmt.Sprint(3, 4, "five", 6, 7.0, "eight", "nine")
	fmt.Printf("%q\n", s)
}
