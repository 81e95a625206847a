package main

import "fmt"

type N struct{ v int }

func (n *N) String() string { return fmt.Sprint("N=", n.v) }

type Bad struct{}

func (Bad) String() string { panic("bad stringer") }

func main() {
	var n *N
	fmt.Println(n)
	fmt.Printf("%v|%s\n", n, n)
	fmt.Println(Bad{})
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}
