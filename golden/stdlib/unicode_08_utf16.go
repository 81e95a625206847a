package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, s := range []string{"abc", "héllo", "日本", "😀 ok", "𝄞music", ""} {
		u := utf16.Encode([]rune(s))
		back := string(utf16.Decode(u))
		fmt.Printf("%q %04x %v\n", s, u, back == s)
	}
	for _, r := range []rune{'a', 0xffff, 0x10000, 0x1f600, 0x10ffff, 0xd800, -1, 0x110000} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U -> %U %U surr=%v dec=%U\n", r, r1, r2, utf16.IsSurrogate(r), utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%U\n", utf16.Decode([]uint16{0x61, 0xd83d, 0xde00, 0xd800, 0x62, 0xdc00, 0xd83d}))
	fmt.Println(utf16.DecodeRune('a', 'b'), utf16.IsSurrogate(0xdfff), utf16.IsSurrogate(0xe000))
}
