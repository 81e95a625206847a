package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世界", "\xff", "\xe4\xb8", "\xe4\xb8\x96", "a\xffb", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "\xe0\x80"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q: %U %d %U %d %U %d %U %d count=%d/%d valid=%v/%v full=%v/%v\n", s, r, n, lr, ln, br, bn, blr, bln,
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	for _, r := range []rune{-1, 0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd800, 0xdfff, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe4))
	defer func() { fmt.Println("recovered:", recover()) }()
	small := make([]byte, 1)
	utf8.EncodeRune(small, '世')
}
