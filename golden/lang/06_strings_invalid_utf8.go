package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "ok\xc0\x80\xed\xa0\x80end"
	fmt.Println(len(s), utf8.ValidString(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs))
	back := string(rs)
	fmt.Println(len(back), utf8.ValidString(back))
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", "héllo")
	fmt.Printf("%x % x\n", "hé", "hé")
}
