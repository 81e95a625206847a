package main

import (
	"fmt"
	"strconv"
)

func main() {
	ss := []string{"", "plain", "tab\tnl\n", `back\slash "quoted"`, "héllo 世界", "\x00\x07\x1b\x7f", "\xff\xfe", "\u00a0\u2028\ufeff", "😀", "'single'", "`raw`", "\u0300combining"}
	for _, s := range ss {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 'é', '世', 0x1F600, 0x7f, 0xfffd, -1, 0x110000, 0xD800, '\u00a0'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	inputs := []string{`"abc"`, `"a\tb"`, `"\u00e9\U0001F600\x41\101"`, "`raw\\n`", `'x'`, `'\n'`, `'ab'`, `"unterminated`, `abc`, `"bad\q"`, `""`, `''`, "`a\nb`", `"\xff"`, `"a"b"`, `'\''`, `"\'"`, `'"'`, `"\377"`, `"\400"`, `"\ud800"`}
	for _, in := range inputs {
		s, err := strconv.Unquote(in)
		fmt.Printf("Unquote(%s) = %q %v\n", in, s, err)
	}
	for _, in := range []string{`\n rest`, `é rest`, `\x41z`, `\"`, `\'`, `'`, `\u12`} {
		v, mb, tail, err := strconv.UnquoteChar(in, '"')
		fmt.Printf("UnquoteChar(%q) = %q %v %q %v\n", in, v, mb, tail, err)
	}
	for _, in := range []string{`"abc" tail`, "`raw` x", `'c' y`, `"no end`} {
		q, err := strconv.QuotedPrefix(in)
		fmt.Printf("QuotedPrefix(%q) = %q %v\n", in, q, err)
	}
	b := strconv.AppendQuote([]byte("q:"), "x\"y")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteToASCII(b, "☺")
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	fmt.Println(string(b))
}
