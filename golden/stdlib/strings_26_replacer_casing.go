package main

import (
	"fmt"
	"os"
	"strings"
	"unicode"
)

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for j := 1; j < len(r); j++ {
			r[j] = unicode.ToLower(r[j])
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">go</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"), r2.Replace("banana"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"), r3.Replace(""))
	r4 := strings.NewReplacer("abc", "", "b", "B")
	fmt.Println(r4.Replace("abcbabc"))
	r5 := strings.NewReplacer("hello", "hi", "world", "earth", "hell", "HELL")
	fmt.Println(r5.Replace("hello world, hell world"))
	n, err := r.WriteString(os.Stdout, "1 < 2 & 3 > 2\n")
	fmt.Println(n, err)
	r6 := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(r6.Replace("abba"))
	fmt.Println(capitalize("the qUICK brown  fox"), capitalize("élan vital"))
	fmt.Println(strings.ToUpper("ﬀ"), strings.ToLower("ΣΑΣ"), strings.ToTitle("hello"), strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İI"))
	fmt.Println(unicode.ToTitle('ǆ'), unicode.ToUpper('ǆ'), unicode.ToLower('ǅ'), unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212a'), unicode.SimpleFold('1'))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
