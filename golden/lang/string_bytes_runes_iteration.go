package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[7]), []byte(s[:3]), []rune(s)[1])
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println(string(rune(65)), string([]rune{0x4e16, 0x754c}), fmt.Sprintf("%q %+q %x", "é", "é", "é"))
	var r rune = 'x'
	var b byte = 'y'
	fmt.Println(r, b, r+1, string(r+1))
}
