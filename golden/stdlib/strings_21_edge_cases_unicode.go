package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a\xffb\xc0c"
	fmt.Println(len(s), strings.Count(s, ""), strings.ToUpper(s) == "A\xffB\xc0C", strings.IndexRune(s, '\uFFFD'))
	fmt.Printf("%q\n", strings.Split(s, ""))
	fmt.Printf("%q\n", strings.Fields("a\u2000b\u3000c\u0085d"))
	fmt.Printf("%q %q\n", strings.ToLower("ΑΣ"), strings.ToUpper("ﬃ"))
	fmt.Println(strings.EqualFold("ΣΑΣ", "σας"), strings.EqualFold("\xff", "\xff"), strings.EqualFold("a\xff", "A\xfe"))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexByte("日本語", 0xe8), strings.LastIndex("ééé", "é"))
	fmt.Println(strings.Repeat("é", 3), strings.Title("ñandú über"))
	fmt.Printf("%q\n", strings.SplitN("a b c", " ", -5))
	fmt.Printf("%q\n", strings.TrimLeft("日日本", "日"))
	fmt.Println(strings.Compare("é", "e"), "é" > "f", strings.HasPrefix("", ""), strings.HasSuffix("x", ""))
	var sb strings.Builder
	for i, r := range "日本語" {
		fmt.Fprintf(&sb, "%d:%c;", i, r)
	}
	fmt.Println(sb.String())
	b := []byte("hello")
	str := string(b)
	b[0] = 'j'
	fmt.Println(str, string(b))
	fmt.Println(strings.Clone("cloned") == "cloned")
}
