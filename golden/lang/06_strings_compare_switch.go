package main

import "fmt"

func classify(s string) string {
	switch {
	case s == "":
		return "empty"
	case s[0] >= '0' && s[0] <= '9':
		return "digit"
	case s < "m":
		return "first-half"
	default:
		return "second-half"
	}
}

func main() {
	for _, s := range []string{"", "42", "apple", "zebra", "Mango", "m"} {
		fmt.Printf("%q -> %s\n", s, classify(s))
	}
	var b [3]byte
	copy(b[:], "xyz")
	fmt.Println(string(b[:]), b)
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
}
