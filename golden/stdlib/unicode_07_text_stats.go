package main

import (
	"fmt"
	"unicode"
)

func main() {
	texts := []string{
		"Hello, World! 123",
		"Grüße aus Köln — 2024 €",
		"Привет, мир! Ёж.",
		"Γειά σου Κόσμε;",
		"こんにちは世界、カタカナ。",
		"שלום עולם ١٢٣",
		"tabs\tand\nnewlines\r\n\u00a0nbsp",
		"emoji 😀🎉 ✓ ♠ ©®™",
	}
	for _, t := range texts {
		var letters, upper, lower, digits, numbers, spaces, puncts, symbols, others int
		for _, r := range t {
			switch {
			case unicode.IsUpper(r):
				upper++
				letters++
			case unicode.IsLower(r):
				lower++
				letters++
			case unicode.IsLetter(r):
				letters++
			case unicode.IsDigit(r):
				digits++
				numbers++
			case unicode.IsNumber(r):
				numbers++
			case unicode.IsSpace(r):
				spaces++
			case unicode.IsPunct(r):
				puncts++
			case unicode.IsSymbol(r):
				symbols++
			default:
				others++
			}
		}
		fmt.Printf("%-36q L=%d U=%d l=%d D=%d N=%d Z=%d P=%d S=%d O=%d\n", t, letters, upper, lower, digits, numbers, spaces, puncts, symbols, others)
	}
	swap := func(s string) string {
		rs := []rune(s)
		for i, r := range rs {
			if unicode.IsUpper(r) {
				rs[i] = unicode.ToLower(r)
			} else if unicode.IsLower(r) {
				rs[i] = unicode.ToUpper(r)
			}
		}
		return string(rs)
	}
	for _, t := range texts[:4] {
		fmt.Println(swap(t))
	}
}
