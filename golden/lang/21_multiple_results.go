package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, ok bool) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

func three() (int, string, error) { return 1, "x", errors.New("e") }

func pass(a, b int) int { return a*10 + b }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(pass(divmod(17, 5)))
	fmt.Println(parse("1234"))
	fmt.Println(parse("12a"))
	_, s, err := three()
	fmt.Println(s, err)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(swap(swap("p", "q")))
}
