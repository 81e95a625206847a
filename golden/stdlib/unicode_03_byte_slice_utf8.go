package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		out = utf8.AppendRune(out, r)
		b = b[:len(b)-size]
	}
	return out
}

func main() {
	b := []byte("Hello, 世界! ÀÉÎ")
	fmt.Println(len(b), utf8.RuneCount(b))
	fmt.Println(string(reverseRunes(b)))
	counts := map[string]int{}
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsLetter(r):
			counts["other-letter"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSpace(r):
			counts["space"]++
		}
		b = b[size:]
	}
	fmt.Println(counts)
	trunc := []byte("日本語")[:4]
	fmt.Println(utf8.Valid(trunc), utf8.RuneCount(trunc), utf8.FullRune(trunc[3:]))
}
