package main

import (
	"fmt"
	"unicode"
)

func flag(b bool, c byte) byte {
	if b {
		return c
	}
	return '.'
}

func main() {
	runes := []rune{0, '\t', '\n', ' ', '!', '0', '9', 'A', 'Z', 'a', 'z', '_', '~', 0x7f, 0x85, 0xa0, 0xad, 'µ', 'ß', 'é', 'Ÿ', 'ǅ', 'Ω', 'ω', 'Я', 'я', 'א', 'ب', '٣', 'क', '०', '\u0300', '\u200b', '\u2028', '\u3000', '一', '本', 'ア', 'あ', '가', '😀', '\U0001D7D8', 'Ⅻ', '½', '€', '©', '\ufeff', 0xfffd, 0x10ffff, 0xd800, -1, 0x110000}
	fmt.Println("rune     L U l T D N S P M C Z G p c")
	for _, r := range runes {
		fmt.Printf("%-8U %c %c %c %c %c %c %c %c %c %c %c %c %c %c\n", r,
			flag(unicode.IsLetter(r), 'L'), flag(unicode.IsUpper(r), 'U'), flag(unicode.IsLower(r), 'l'),
			flag(unicode.IsTitle(r), 'T'), flag(unicode.IsDigit(r), 'D'), flag(unicode.IsNumber(r), 'N'),
			flag(unicode.IsSymbol(r), 'S'), flag(unicode.IsPunct(r), 'P'), flag(unicode.IsMark(r), 'M'),
			flag(unicode.IsControl(r), 'C'), flag(unicode.IsSpace(r), 'Z'), flag(unicode.IsGraphic(r), 'G'),
			flag(unicode.IsPrint(r), 'p'), flag(unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}, r), 'c'))
	}
	counts := map[string]int{}
	for r := rune(0); r < 0x600; r++ {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsLetter(r):
			counts["otherLetter"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsNumber(r):
			counts["number"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSymbol(r):
			counts["symbol"]++
		case unicode.IsMark(r):
			counts["mark"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsControl(r):
			counts["control"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
}
