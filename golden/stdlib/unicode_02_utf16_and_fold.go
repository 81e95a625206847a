package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
)

func main() {
	runes := []rune("a€𝄞")
	enc := utf16.Encode(runes)
	fmt.Printf("%#04x\n", enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%#x %#x %v\n", r1, r2, utf16.IsSurrogate(r1))
	fmt.Printf("%q\n", utf16.DecodeRune(r1, r2))
	fmt.Printf("%q\n", utf16.Decode([]uint16{0xd800, 'x'}))
	for _, r := range []rune{'k', 'K', 'ß', 'σ', '1'} {
		fmt.Printf("%q:", r)
		f := unicode.SimpleFold(r)
		for f != r {
			fmt.Printf(" %q", f)
			f = unicode.SimpleFold(f)
		}
		fmt.Println()
	}
}
