package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	fmt.Println(html.Replace(`<a href="x">Tom & 'Jerry'</a>`))
	// first matching pair wins at each position, in argument order
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r = strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r.Replace("aaaa"))
	// empty old string: inserts at every position
	r = strings.NewReplacer("", "-")
	fmt.Println(r.Replace("abc"), r.Replace(""))
	r = strings.NewReplacer("", "X", "b", "B")
	fmt.Println(r.Replace("abc"))
	// byte replacer and byte-string replacer
	r = strings.NewReplacer("a", "A", "b", "B", "c", "C")
	fmt.Println(r.Replace("abcabc xyz"))
	r = strings.NewReplacer("a", "α", "b", "")
	fmt.Println(r.Replace("abba cab"))
	// generic
	r = strings.NewReplacer("hello", "bye", "world", "moon", "hell", "heaven")
	fmt.Println(r.Replace("hello world, hell is hellish"))
	n, err := r.WriteString(os.Stdout, "hello there world\n")
	fmt.Println(n, err)
	// no-op replacer
	r = strings.NewReplacer()
	fmt.Println(r.Replace("unchanged"))
	r = strings.NewReplacer("x", "y", "x", "z")
	fmt.Println(r.Replace("xx"))

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("日本日本", "日", "月"), strings.ReplaceAll("aaa", "a", "aa"))
	fmt.Println(strings.Replace("abc", "x", "y", -1), strings.Replace("abc", "b", "", 0))
	fmt.Printf("%q\n", strings.ReplaceAll("é", "", "|"))
}
