package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", " 1", "1_000", "0x1F", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", "abc", "12a", "٣", "99999999999999999999"} {
		v, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, v, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"-0x80", 0, 8}, {"0x", 0, 64}, {"0X1p", 0, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v | ParseUint = %d, %v\n", c.s, c.base, c.bits, v, err, u, uerr)
	}
	for _, s := range []string{"3.14", "-0", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "inf", "-Inf", "+INFINITY", "nan", "NaN", "0x1p-2", "0x1.8p1", "1_000.5", "0x_1p0", ".5", "5.", "1e", "", "1.7976931348623157e308", "2.2250738585072011e-308", "0.1e-", "123456789012345678901234567890"} {
		v, err := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat(%q) = %v, %v | 32: %v, %v\n", s, v, err, v32, err32)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	for _, v := range []int64{0, 1, -1, 255, -255, 1 << 62, -1 << 63} {
		fmt.Println(strconv.FormatInt(v, 2), strconv.FormatInt(v, 8), strconv.FormatInt(v, 16), strconv.FormatInt(v, 36), strconv.Itoa(int(v)))
	}
	fmt.Println(strconv.FormatUint(1<<64-1, 10), strconv.FormatUint(1<<64-1, 16), strconv.FormatUint(1<<64-1, 36))
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789, 1.0 / 3, 2.5e-8, 1e-7, 100, 5e-324} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'G', 4, 64),
			strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'E', -1, 32), strconv.FormatFloat(f, 'z', 2, 64))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, s := range []string{"hello", "tab\there", "quote\"s", "new\nline", "\x00\x7f\xff", "日本語", "\u00a0\u2028", "\U0001F600", "back`tick", "a\\b"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xa0, 'ä', '☺', 0x10ffff, 0x110000, -1, 0xd800, '\u2028'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"hello"`, `'a'`, "`raw\\n`", `"\u263a\x41\101\n"`, `"bad`, `'ab'`, `"\q"`, `hello`, `""`, `''`, `"\'"`, `'\"'`, "`a\nb`", `"a` + "\n" + `b"`, `'\xff'`, `"\xff"`, `'\u00e4'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e4rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\'x`, '"')
	fmt.Println(v, mb, tail, err)
	p, err := strconv.QuotedPrefix(`"abc\"d" tail`)
	fmt.Println(p, err)
	_, err = strconv.QuotedPrefix(`abc`)
	fmt.Println(err)
	b := []byte("x:")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 42, 16)
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0")
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	fmt.Println(string(b))
	_, err = strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err.(*strconv.NumError).Unwrap())
	fmt.Println(strconv.IntSize)
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
	c, err = strconv.ParseComplex("(3.5-0.5i)", 64)
	fmt.Println(c, err)
	c, err = strconv.ParseComplex("2i", 128)
	fmt.Println(c, err)
	_, err = strconv.ParseComplex("1+2j", 128)
	fmt.Println(err)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128), strconv.FormatComplex(complex(0, 1), 'g', -1, 64))
	defer func() { fmt.Println("panic:", recover()) }()
	fmt.Println(strconv.FormatInt(5, 37))
}
