package main

import (
	"fmt"
	"strconv"
)

func sign(x int) string {
	if x > 0 {
		return "+"
	} else if x < 0 {
		return "-"
	} else {
		return "0"
	}
}

func main() {
	for _, x := range []int{-5, 0, 7} {
		fmt.Print(sign(x), " ")
	}
	fmt.Println()
	for _, s := range []string{"12", "x", "-3"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad:", s)
		} else if n < 0 {
			fmt.Println("negative:", n)
		} else {
			fmt.Println("ok:", n*2)
		}
	}
	if x := 10; x > 5 && x < 20 || x == 100 {
		fmt.Println("in range")
	}
	t, f := true, false
	fmt.Println(t && !f, !t || f, t != f)
}
