package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	hay := []string{"", "a", "chicken", "héllo wörld", "aaaa", "go gopher go", "日本語日本"}
	needles := []string{"", "a", "ken", "o", "ö", "go", "aa", "本", "xyz", "dmr"}
	for _, h := range hay {
		for _, n := range needles {
			fmt.Printf("%q %q: I=%d L=%d C=%d has=%v hasP=%v hasS=%v any=%d lastAny=%d containsAny=%v\n",
				h, n, strings.Index(h, n), strings.LastIndex(h, n), strings.Count(h, n),
				strings.Contains(h, n), strings.HasPrefix(h, n), strings.HasSuffix(h, n),
				strings.IndexAny(h, n), strings.LastIndexAny(h, n), strings.ContainsAny(h, n))
		}
	}
	for _, h := range hay {
		fmt.Println(strings.IndexByte(h, 'o'), strings.LastIndexByte(h, 'o'),
			strings.IndexRune(h, 'ö'), strings.IndexRune(h, '本'), strings.IndexRune(h, utf8Error()),
			strings.ContainsRune(h, 'a'),
			strings.IndexFunc(h, unicode.IsSpace), strings.LastIndexFunc(h, unicode.IsLetter),
			strings.IndexFunc(h, func(r rune) bool { return r > 127 }))
	}
	fmt.Println(strings.IndexRune("a\xffb", utf8Error()), strings.IndexRune("abc", -1), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.Count("five", ""), strings.Count("日本語", ""), strings.Count("cheese", "e"))
	long := strings.Repeat("abcdefgh", 100) + "needle" + strings.Repeat("x", 50)
	fmt.Println(strings.Index(long, "needle"), strings.LastIndex(long, "abc"), strings.Count(long, "gh"))
}

func utf8Error() rune { return '\uFFFD' }
