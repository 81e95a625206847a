package main

import "fmt"

func main() {
	for i := 0; i < 6; i++ {
		switch {
		case i%2 == 0 && i%3 == 0:
			fmt.Println(i, "div by 6")
		case i%2 == 0:
			fmt.Println(i, "even")
		case i%3 == 0:
			fmt.Println(i, "div by 3")
		default:
			fmt.Println(i, "other")
		}
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{2, 1}:
		fmt.Println("swapped")
	case pt{1, 2}:
		fmt.Println("exact")
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	switch {
	}
	fmt.Println("empty switch ok")
}
