package main

import "fmt"

var total = compute()

var base = 10

var factor = base * 2

func compute() int {
	fmt.Println("compute: base =", base, "factor =", factor)
	return base + factor
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called")
	return 1, 2
}

func init() {
	fmt.Println("init: total =", total, "x,y =", x, y)
}

func main() {
	fmt.Println("main")
}
