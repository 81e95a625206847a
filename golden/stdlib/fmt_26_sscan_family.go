package main

import (
	"fmt"
)

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	var u uint8
	var r rune

	n, err := fmt.Sscan("10 20 word 2.5 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)
	n, err = fmt.Sscan("  7\n\n  8  ", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 -12", &a, &b, &u, &r, &f)
	fmt.Println(n, err, a, b, u, r, f)
	n, err = fmt.Sscan("1e3 -0.5e-2 +inf", &f, &f, &f)
	fmt.Println(n, err, f)

	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("5 6 7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("hello world", &s)
	fmt.Println(n, err, s)

	n, err = fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("3,4", "%d,%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ff 777 1010", "%x %o %b", &a, &b, &u)
	fmt.Println(n, err, a, b, u)
	n, err = fmt.Sscanf("3.25x", "%fx", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &a, &b, &u)
	fmt.Println(n, err, a, b, u)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("Z", "%c", &r)
	fmt.Println(n, err, r, string(r))
	n, err = fmt.Sscanf("true false", "%t %v", &ok, &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)

	var words []string
	in := "alpha beta gamma delta"
	for i := 0; ; i++ {
		var w string
		var rest string
		k, _ := fmt.Sscan(in, &w)
		if k == 0 {
			break
		}
		words = append(words, w)
		if len(w) >= len(in) {
			break
		}
		rest = in[len(w)+1:]
		in = rest
	}
	fmt.Println(words, len(words))
}
