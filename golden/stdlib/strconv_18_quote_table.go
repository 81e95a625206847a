package main

import (
	"fmt"
	"strconv"
)

func main() {
	for r := rune(0); r < 0x100; r += 3 {
		s := string(r)
		fmt.Printf("%02x %s %s %s %s %v\n", r, strconv.Quote(s), strconv.QuoteRune(r), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.IsPrint(r))
	}
	for _, r := range []rune{0x2028, 0x200b, 0xfeff, 0x1f600, 0xe000, 0xfffe, 0x10fffd, 0x3000, 0x180e} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
}
