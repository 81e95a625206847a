package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, ""), strings.LastIndex(s, ""))
	fmt.Println(strings.IndexByte(s, 'W'), strings.LastIndexByte(s, 'o'), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", '\uFFFD'))
	fmt.Println(strings.IndexAny("golang", "xyzn"), strings.LastIndexAny("golang", "go"), strings.IndexAny("héllo wörld!!", "öl"), strings.LastIndexAny("héllo wörld", "éö"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("ababab", "aba"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'), strings.ContainsAny("", ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("", ""))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	x := strings.SplitN("a,b", ",", 5)
	fmt.Println(len(x), cap(x))
	y := strings.Split("a,b,c", ",")
	fmt.Println(len(y), cap(y))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields("  foo\u00a0bar\u2003baz \u0085x  "))
	fmt.Println(strings.Fields("   ") == nil, len(strings.Fields("   ")))
	f := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Println(strings.FieldsFunc("", f) == nil)
	fmt.Println(strings.Join([]string{"foo", "bar", "baz"}, ", "), strings.Join(nil, ","))
	fmt.Println(strings.Repeat("na", 4) + " batman")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.ReplaceAll("héllo", "", "|"))
	fmt.Println(strings.ToUpper("Gopher ß ǆ straße"), strings.ToLower("Gopher İ ÀÉ"), strings.ToTitle("loud ǆ noises"))
	fmt.Println(strings.Title("her royal highness o'neil is-here_now"), strings.Title("ǆemal hello"))
	fmt.Printf("[%q]\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("[%q]\n", strings.TrimSpace("\u00a0\u2000 héllo \u3000"))
	fmt.Println(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Println(strings.Trim("  xx  ", " "), strings.Trim("abcba", "ab"), strings.TrimLeft("aaab", "a"), strings.TrimRight("baaa", "a"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("k", "\u212A"), strings.EqualFold("ab", "abc"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexFunc("go123", unicode.IsLetter))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Cut("nokey", "="))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xc3", "?"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "ISTANBUL"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & stuff"))
	r2 := strings.NewReplacer("a", "1", "aaa", "3", "aa", "2")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("", "X", "o", "0")
	fmt.Println(r4.Replace("foo"))
	r5 := strings.NewReplacer("o", "0", "", "X")
	fmt.Println(r5.Replace("foo"), r5.Replace(""))
	r6 := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(r6.Replace("abba"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	var b2 strings.Builder
	b2.Grow(10)
	fmt.Println(b2.Len(), b2.Cap())
	b2.WriteString("0123456789")
	fmt.Println(b2.Len(), b2.Cap(), b2.String())
}
