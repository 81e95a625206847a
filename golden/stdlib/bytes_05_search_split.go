package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("the quick brown fox jumps over the lazy dog")
	fmt.Println(bytes.Index(s, []byte("the")), bytes.LastIndex(s, []byte("the")), bytes.Count(s, []byte("o")), bytes.Count(s, nil))
	fmt.Println(bytes.Contains(s, []byte("fox")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, 'q'), bytes.HasPrefix(s, []byte("the")), bytes.HasSuffix(s, []byte("dog")))
	fmt.Println(bytes.IndexByte(s, 'q'), bytes.LastIndexByte(s, 'o'), bytes.IndexRune(s, 'z'), bytes.IndexAny(s, "zq"), bytes.LastIndexAny(s, "tz"))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b\t\nc  ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	before, after, found := bytes.Cut([]byte("k=v=w"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%s|%s|%s|%s\n", bytes.TrimSpace([]byte("  x  ")), bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("aab"), "a"), bytes.TrimRight([]byte("abb"), "b"))
	fmt.Printf("%s|%s|%s\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")), bytes.TrimSuffix([]byte("x.go"), []byte(".go")), bytes.TrimFunc([]byte("12ab34"), unicode.IsDigit))
	fmt.Printf("%s %s %s %s\n", bytes.ToUpper([]byte("héllo")), bytes.ToLower([]byte("HÉLLO")), bytes.ToTitle([]byte("ǆ")), bytes.Title([]byte("a b")))
	fmt.Printf("%s %s %s\n", bytes.Repeat([]byte("ab"), 3), bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2), bytes.ReplaceAll([]byte("aaaa"), []byte("aa"), []byte("c")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'o' {
			return '0'
		}
		return r
	}, s))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))
	fmt.Println(bytes.MinRead)
}
