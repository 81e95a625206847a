package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := strconv.FormatFloat(math.Pi, 'f', 400, 64)
	fmt.Println(len(s), s[:20], s[len(s)-5:])
	s = fmt.Sprintf("%.500e", 1.0/3)
	fmt.Println(len(s))
	s = fmt.Sprintf("%50000d|", 7)
	fmt.Println(len(s))
	fmt.Println(strconv.FormatFloat(5e-324, 'g', 100, 64)[:30])
	fmt.Println(strings.Map(func(r rune) rune { return r + 0x10FFFF }, "ab"), strings.Map(func(r rune) rune { return 0xD800 }, "x"))
	fmt.Println(utf16.Encode([]rune{0x10FFFF, 0xD800, -1, 0x110000}), string(utf16.Decode([]uint16{0xD800, 0x41, 0xDC00})))
	fmt.Println(utf8.ValidString(string(rune(0xD800))), []byte(string(rune(-5))))
	fmt.Println(time.Duration(math.MaxInt64).Hours(), time.Duration(math.MinInt64).String())
	time.Sleep(-5)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.Float64bits(math.NaN()) != 0, math.Sqrt(-1), math.Log(0), math.Pow(0, -1), math.Mod(5, 0))
	fmt.Printf("%x %X %o %b\n", math.MaxUint64>>1, uint64(1<<63), -9, int8(-128))
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.FormatInt(math.MinInt64, 2))
	x, err := strconv.ParseFloat("1e1000000000000", 64)
	fmt.Println(x, err)
	x, err = strconv.ParseFloat("0."+strings.Repeat("0", 5000)+"1", 64)
	fmt.Println(x, err)
	x, err = strconv.ParseFloat("0x1p1000000000000", 64)
	fmt.Println(x, err)
	fmt.Println(fmt.Sprintf("%.*d|%-*d|", -5, 3, -4, 2), fmt.Sprintf("%*d", 1<<40, 1)[:5])
}
