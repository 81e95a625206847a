package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  a b\tc\n d  "))
	p("EqualFold: ", s.EqualFold("Go", "GO"), s.EqualFold("ß", "SS"), s.EqualFold("K", "\u212a"))
	p("Title-free:", s.ToUpper("hello world"[:1])+"hello world"[1:])
	p("ToTitle:   ", s.ToTitle("ǆemal"), s.ToUpper("ǆemal"))
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	p("LastIndex: ", s.LastIndex("go gopher", "go"), s.IndexAny("golang", "xyzn"), s.IndexRune("chicken", 'k'), s.IndexByte("abc", 'c'))
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), len(s.SplitN("a,b", ",", 0)))
	p("SplitAfter:", s.SplitAfter("a,b,c", ","), s.SplitAfterN("a,b,c", ",", 2))
	p("Trim:      ", s.Trim("  !!hi!! ", " !"), s.TrimSpace("\t x \n"), s.TrimLeft("xxyhixy", "xy"), s.TrimPrefix("prefix-body", "prefix-"), s.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	p("Cut:       ")
	fmt.Println(s.Cut("key=value", "="))
	fmt.Println(s.Cut("novalue", "="))
	fmt.Printf("%q\n", s.Split("", ","))
	fmt.Printf("%q\n", s.Split("abc", ""))
	fmt.Printf("%q\n", s.Fields(""))
	fmt.Printf("%q\n", s.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	p(s.Compare("a", "b"), s.Compare("b", "a"), s.Compare("x", "x"), s.ContainsAny("hi", ""), s.ContainsRune("hi", 'i'))
	p(s.Count("five", ""), s.Index("chicken", ""), s.LastIndex("x", ""))
	p(s.ToValidUTF8("a\xffb\xfe\xfdc", "?"), s.ToLower("ÀÉÎ İ"), s.ToUpper("straße ﬁ"))
}
