package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, -0.0, 1, -1.5, 123456789, 1e21, 1e20, 1.23e-7, 0.000123, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 100, 0.1, 2.5, 3.5, 1e6, 999999.5}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 3, 10} {
				fmt.Print(strconv.FormatFloat(v, f, prec, 64), " ")
			}
		}
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'f', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1, 'z', 2, 64))
	for _, s := range []string{"hello", "tab\there", "new\nline", "quote\"s", "back\\slash", "\x00\x01\x7f", "é日本", "\xff\xfe", "a\xc3", "\u00a0\u2028\u200b", "🙂", "\a\b\f\r\v", "'"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', 0x10FFFF, 0x110000, -1, 0xD800, '\u2028', '🙂'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"hello"`, "`raw\\n`", `'a'`, `"\u00e9\x41\101\n"`, `"unterminated`, `'ab'`, `"a"b"`, `""`, `''`, `"\q"`, `"\xZZ"`, `'\''`, `"\'"`, `'\"'`, "`a`b`", `"\U0010FFFF"`, `"\U00110000"`, `"\ud800"`, "\"a\nb\"", `abc`, `"` + "\xff" + `"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.AppendQuote([]byte("x="), "y"), string(strconv.AppendInt(nil, -42, 16)), string(strconv.AppendFloat([]byte("f:"), 1.5, 'g', -1, 64)), string(strconv.AppendBool(nil, true)))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(math.MinInt64, 36), strconv.FormatUint(math.MaxUint64, 16), strconv.Itoa(-0))
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	fmt.Println(strconv.QuotedPrefix(`abc`))
}
