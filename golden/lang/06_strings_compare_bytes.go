package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"zebra", "Zebra", "éclair", "eclair", "apple", "Apple", "10", "9", "", " "}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z")
	fmt.Println("\x00" > "", "\xff" > "\xfe", "世" > "一")
	a, b := "go", "golang"
	fmt.Println(a == b[:2], a != b, a < b, a >= b)
}
