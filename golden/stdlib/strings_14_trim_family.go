package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "   ", "  hello  ", "\t\n hi \r\n", "xxhixx", "xyhiyx", "héllo", "¡¡hola!!", "\u00a0nbsp\u2003", "aaa"}
	for _, s := range inputs {
		fmt.Printf("%q: Space=%q Trim=%q Left=%q Right=%q Prefix=%q Suffix=%q Func=%q LFunc=%q RFunc=%q\n",
			s, strings.TrimSpace(s), strings.Trim(s, "xy!¡ "), strings.TrimLeft(s, "xh "), strings.TrimRight(s, "xo "),
			strings.TrimPrefix(s, "xx"), strings.TrimSuffix(s, "xx"),
			strings.TrimFunc(s, unicode.IsSpace), strings.TrimLeftFunc(s, unicode.IsLetter),
			strings.TrimRightFunc(s, func(r rune) bool { return r == 'a' || r == 'o' || r == '!' }))
	}
	fmt.Printf("%q\n", strings.Trim("abcba", ""))
	fmt.Printf("%q\n", strings.Trim("abcba", "ab"))
	fmt.Printf("%q\n", strings.TrimLeft("aaab", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("aaab", "a"), strings.TrimSuffix("abbb", "b"))
	fmt.Printf("%q\n", strings.Trim("\xff\xfeab\xff", "\xff"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRight("日本語語", "語"))
}
