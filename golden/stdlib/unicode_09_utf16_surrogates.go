package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{0, 'a', 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x surr=%v enc=%#x,%#x\n", r, utf16.IsSurrogate(r), r1, r2)
	}
	pairs := [][2]rune{{0xD800, 0xDC00}, {0xDBFF, 0xDFFF}, {0xD83D, 0xDE00}, {0xDC00, 0xD800}, {0xD800, 0xD800}, {'a', 0xDC00}, {0xD800, 'a'}, {0xE000, 0xDC00}}
	for _, p := range pairs {
		fmt.Printf("dec %#x %#x -> %#x\n", p[0], p[1], utf16.DecodeRune(p[0], p[1]))
	}
	in := []rune{'h', 0x1F600, 0xD800, -5, 0x110000, 0xFFFD, 0xFFFF, 0x10000, 'z'}
	enc := utf16.Encode(in)
	fmt.Printf("%#x len=%d cap>=len:%v\n", enc, len(enc), cap(enc) >= len(enc))
	fmt.Printf("%#x\n", utf16.Decode(enc))
	for _, s := range [][]uint16{
		{0xD800},
		{0xDC00},
		{0xD800, 0xD800, 0xDC00},
		{0xDC00, 0xD800},
		{'a', 0xD83D, 0xDE00, 'b', 0xD83D},
		{0xDBFF, 0xDFFF, 0xDBFF},
		{},
		nil,
	} {
		d := utf16.Decode(s)
		fmt.Printf("%#x -> %#x %d %v\n", s, d, len(d), d == nil)
	}
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode([]rune{})), utf16.Encode([]rune{}) == nil)
	fmt.Println(string(utf16.Decode(utf16.Encode([]rune("héllo, 世界 🌍!")))))
}
