package main

import (
	"fmt"
	"strings"
)

func joinManual(parts []string, sep string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func joinBuilder(parts []string, sep string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

func main() {
	var parts []string
	for i := 0; i < 50; i++ {
		parts = append(parts, strings.Repeat(string(rune('a'+i%26)), i%5+1))
	}
	a, b, c := joinManual(parts, "/"), joinBuilder(parts, "/"), strings.Join(parts, "/")
	fmt.Println(a == b, b == c, len(a))
	fmt.Println(a[:60])
	x := "hello"
	y := x
	x += " world"
	fmt.Println(x, y)
	bs := []byte(x)
	bs[0] = 'H'
	fmt.Println(x, string(bs))
	rs := []rune("añb")
	rs[1] = 'n'
	fmt.Println(string(rs), len("añb"), len(rs))
	fmt.Println("con" + "cat" + string('!') + fmt.Sprint(1))
	s := "abc"
	fmt.Println(s[1:], s[:0] == "", s[1:2], s[3:], string(s[0]), s[0])
	multi := `raw
string\n`
	fmt.Printf("%q %d\n", multi, strings.Count(multi, "\n"))
	fmt.Println(strings.Compare(a, c), a < "b", "Z" < "a", "" < " ")
}
