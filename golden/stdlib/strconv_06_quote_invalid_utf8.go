package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"ok", "bad\xffbyte", "nul\x00", "bell\a", "\u2028sep", "emoji😀", "del\x7f", "\\slash"}
	for _, s := range inputs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	fmt.Println(strconv.QuoteRune(0xFFFD), strconv.QuoteRune(-1), strconv.QuoteRune(0x10FFFF+1))
	for _, s := range []string{`"\x41\101\u0041"`, `"\q"`, `'ab'`, `"\xff"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
}
