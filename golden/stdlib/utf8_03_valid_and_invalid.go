package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世", "😀", "\xff", "\xc0\x80", "\xc3", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "a\xffb", "\xef\xbf\xbd", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xe0\x9f\xbf", "\xf0\x90\x80\x80", "\xf8\x88\x80\x80\x80"}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		br, bsize := utf8.DecodeRune([]byte(s))
		fmt.Printf("%-28q valid=%-5v count=%d first=%U/%d last=%U/%d bytes=%U/%d full=%v start=%v\n", s, utf8.ValidString(s),
			utf8.RuneCountInString(s), r, size, lr, lsize, br, bsize, utf8.FullRuneInString(s),
			len(s) > 0 && utf8.RuneStart(s[0]))
	}
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 0xfffd} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v enc=% x append=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte{'>'}, r))
	}
	s := "héllo, 世界 😀\xff!"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c", r)
		b = b[:len(b)-size]
	}
	fmt.Println()
	fmt.Println(utf8.RuneCount([]byte(s)), utf8.Valid([]byte(s)), utf8.Valid([]byte("ok")), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
	fmt.Println([]rune(s), string([]rune(s)) == s)
	fmt.Printf("%q %q %q\n", string(rune(0x110000)), string(rune(-5)), string(rune(0xd800)))
}
