package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀\xffz"
	for i := 0; i < len(s); i++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		lr, lsize := utf8.DecodeLastRuneInString(s[:i+1])
		fmt.Printf("%2d %02x start=%-5v %U/%d last=%U/%d\n", i, s[i], utf8.RuneStart(s[i]), r, size, lr, lsize)
	}
	var counts [6]int
	for r := rune(0); r <= 0x10ffff; r += 97 {
		counts[utf8.RuneLen(r)+1]++
	}
	fmt.Println(counts)
}
