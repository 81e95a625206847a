package main

import (
	"fmt"
	"unicode"
)

func main() {
	for r := rune(0); r < 128; r++ {
		var cls []byte
		for _, t := range []struct {
			c  byte
			fn func(rune) bool
		}{
			{'L', unicode.IsLetter}, {'U', unicode.IsUpper}, {'l', unicode.IsLower}, {'D', unicode.IsDigit},
			{'N', unicode.IsNumber}, {'P', unicode.IsPunct}, {'S', unicode.IsSymbol}, {'Z', unicode.IsSpace},
			{'C', unicode.IsControl}, {'G', unicode.IsGraphic}, {'p', unicode.IsPrint},
		} {
			if t.fn(r) {
				cls = append(cls, t.c)
			}
		}
		fmt.Printf("%3d %q %-6s %q %q %q\n", r, r, cls, unicode.ToUpper(r), unicode.ToLower(r), unicode.SimpleFold(r))
	}
}
