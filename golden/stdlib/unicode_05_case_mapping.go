package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'A', 'z', 'é', 'É', 'ß', 'ẞ', 'ǆ', 'ǅ', 'Ǆ', 'σ', 'ς', 'Σ', 'ı', 'İ', 'i', 'ﬀ', 'µ', 'Μ', 'k', 'K', '\u212a', 'ÿ', 'Ÿ', 'Ⅷ', 'ⅷ', 'ⓐ', '𐐀', '𐐨', '1', '!', '世'}
	for _, r := range runes {
		fmt.Printf("%c %U up=%c low=%c title=%c To(U)=%c fold=", r, r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.To(unicode.UpperCase, r))
		f := unicode.SimpleFold(r)
		fmt.Printf("%c", f)
		for f != r {
			f = unicode.SimpleFold(f)
			fmt.Printf("→%c", f)
		}
		fmt.Printf(" special-tr: %c %c\n", unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r))
	}
	fmt.Println(unicode.SimpleFold(-2), unicode.SimpleFold(0x110000), unicode.ToUpper(-1), unicode.ToLower(0x110000))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version != "")
	n := 0
	for r := rune(0); r < 0x180; r++ {
		if unicode.ToUpper(r) != r {
			n++
		}
	}
	fmt.Println("runes with distinct upper:", n)
}
