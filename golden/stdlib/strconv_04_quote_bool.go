package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é 世 \x01"))
	fmt.Println(strconv.QuoteToASCII("é 世"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''))
	for _, s := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `abc`, `"\u00e9"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "x")))
}
