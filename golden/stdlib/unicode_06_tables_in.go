package main

import (
	"fmt"
	"unicode"
)

func main() {
	scripts := map[string]*unicode.RangeTable{
		"Latin": unicode.Latin, "Greek": unicode.Greek, "Cyrillic": unicode.Cyrillic, "Han": unicode.Han,
		"Arabic": unicode.Arabic, "Hebrew": unicode.Hebrew, "Devanagari": unicode.Devanagari, "Hiragana": unicode.Hiragana,
		"Katakana": unicode.Katakana, "Hangul": unicode.Hangul, "Thai": unicode.Thai, "Common": unicode.Common,
	}
	names := []string{"Arabic", "Common", "Cyrillic", "Devanagari", "Greek", "Han", "Hangul", "Hebrew", "Hiragana", "Katakana", "Latin", "Thai"}
	for _, r := range "aZéΩжא٣क本あア한ก1 ,😀" {
		var in []string
		for _, n := range names {
			if unicode.Is(scripts[n], r) {
				in = append(in, n)
			}
		}
		fmt.Printf("%q %v In(Latin,Greek)=%v\n", r, in, unicode.In(r, unicode.Latin, unicode.Greek))
	}
	cats := []string{"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Cc", "Cf"}
	for _, r := range "Aaǅʰא\u0301٣Ⅻ½_-([)]!+$^©  \x01\u200d" {
		var got []string
		for _, c := range cats {
			if unicode.Is(unicode.Categories[c], r) {
				got = append(got, c)
			}
		}
		fmt.Printf("%U %v\n", r, got)
	}
	fmt.Println(len(unicode.Categories) > 30, len(unicode.Scripts) > 100)
	for _, p := range []string{"White_Space", "Dash", "Hex_Digit", "Quotation_Mark", "Hyphen"} {
		var s []rune
		for r := rune(0); r < 0x2100 && len(s) < 12; r++ {
			if unicode.Is(unicode.Properties[p], r) {
				s = append(s, r)
			}
		}
		fmt.Printf("%s %U\n", p, s)
	}
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, 'x'), unicode.Is(unicode.ASCII_Hex_Digit, 'f'), unicode.Is(unicode.Upper, 'x'))
	custom := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}, R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F602, Stride: 1}}}
	for _, r := range "abcyz😀😁😃" {
		fmt.Print(unicode.Is(custom, r), " ")
	}
	fmt.Println()
}
