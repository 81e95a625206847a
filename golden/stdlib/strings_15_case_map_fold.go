package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	words := []string{"hello", "HELLO", "Hello World", "ǆemal", "straße", "ΑΒΓ αβγ", "İstanbul", "ﬁne", "Σίσυφος", "123abc", "ß", "ǅ", "ⓐⓑ", "\xffx"}
	for _, w := range words {
		fmt.Printf("%q up=%q low=%q title=%q\n", w, strings.ToUpper(w), strings.ToLower(w), strings.ToTitle(w))
	}
	pairs := [][2]string{{"Go", "GO"}, {"go", "goo"}, {"straße", "STRASSE"}, {"σ", "ς"}, {"Σ", "ς"}, {"k", "\u212a"}, {"é", "É"}, {"", ""}, {"a", ""}, {"ǆ", "ǅ"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q,%q)=%v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3 é4"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "ok\xffbad"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0), len(strings.Repeat("日", 4)))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.ToValidUTF8("ok", "?"))
	// title-case each word without strings.Title
	title := func(s string) string {
		prev := ' '
		return strings.Map(func(r rune) rune {
			defer func() { prev = r }()
			if unicode.IsSpace(prev) {
				return unicode.ToTitle(r)
			}
			return unicode.ToLower(r)
		}, s)
	}
	fmt.Println(title("the qUICK brown ǆungla fox"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("", "a"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL I"))
}
