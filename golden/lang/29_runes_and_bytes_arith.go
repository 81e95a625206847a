package main

import "fmt"

func rot13(s string) string {
	out := []rune(s)
	for i, r := range out {
		switch {
		case r >= 'a' && r <= 'z':
			out[i] = 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			out[i] = 'A' + (r-'A'+13)%26
		}
	}
	return string(out)
}

func main() {
	fmt.Println(rot13("Hello, World!"))
	fmt.Println(rot13(rot13("Round trip")))
	var b byte = 'z'
	b++
	fmt.Println(b, string(rune(b)))
	d := '7' - '0'
	fmt.Printf("%d %T\n", d, d)
	upper := make([]byte, 0)
	for _, c := range []byte("mixed Case 123") {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		upper = append(upper, c)
	}
	fmt.Println(string(upper))
	fmt.Println('a' < 'b', "\u00e9"[0], '\n', '\'', '\\')
	fmt.Printf("%c%c%c\n", 72, 'i', 0x263A)
}
