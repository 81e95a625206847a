package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %q %d %d\n", i, r, size, utf8.RuneLen(r))
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %q %d\n", r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 0x1F600))
	bad := []byte{0xff, 'a'}
	r, size = utf8.DecodeRune(bad)
	fmt.Println(r == utf8.RuneError, size, utf8.Valid(bad))
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8), utf8.ValidRune(0xD800), utf8.ValidRune('a'))
	fmt.Println(utf8.RuneLen(-1), utf8.UTFMax, utf8.MaxRune)
}
