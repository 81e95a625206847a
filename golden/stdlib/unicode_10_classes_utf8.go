package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\u00a0', '\u2003', '!', '_', 'é', 'ß', 'Σ', '٣', 'Ⅷ', '½', '中', '\u0301', '€', '\x00', '\u200b', '🙂', 0x10FFFF, -1} {
		fmt.Printf("%U %q L%t U%t l%t T%t D%t N%t S%t P%t Sy%t C%t G%t Pr%t M%t\n", r, r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsMark(r))
		fmt.Println(unicode.In(r, unicode.Latin, unicode.Greek), unicode.Is(unicode.Han, r), unicode.Is(unicode.Cyrillic, r), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, r), utf8.RuneLen(r), utf8.ValidRune(r))
	}
	s := "héllo, 世界\xff!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.Valid([]byte("ok")))
	for i, w := 0, 0; i < len(s); i += w {
		r, width := utf8.DecodeRuneInString(s[i:])
		w = width
		fmt.Printf("%d:%c(%d) ", i, r, width)
	}
	fmt.Println()
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q%d ", r, size)
		s = s[:len(s)-size]
	}
	fmt.Println()
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '🙂', -5, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(buf[:n], n, utf8.AppendRune(nil, r), utf8.FullRune(buf[:n-1]), utf8.RuneStart(buf[0]))
	}
	fmt.Println(utf8.DecodeRune(nil))
	fmt.Println(utf8.DecodeRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneCount([]byte("a\xe4\xb8b")), utf8.UTFMax, utf8.RuneError, utf8.MaxRune, utf8.RuneSelf)
	for i, r := range "a\xe4\xb8\x80\xffz" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println([]rune("a\xffb"), string([]rune{0x61, -1, 0xD800}), []byte(string(rune(0x10FFFF+1))))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar), unicode.MaxASCII, unicode.MaxLatin1)
}
