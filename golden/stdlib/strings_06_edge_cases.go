package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("日本語", "語"), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"), strings.EqualFold("K", "\u212a"))
	fmt.Printf("%q\n", strings.SplitN("", ",", 3))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Split(",", ","))
	fmt.Printf("%q\n", strings.TrimLeft("aaab", "a"))
	fmt.Printf("%q\n", strings.Trim("", "x"))
	fmt.Println(strings.Count("", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Replace("aaaa", "aa", "b", -1), strings.Replace("x", "x", "y", 0))
	fmt.Println(strings.ToUpper(""), strings.Repeat("", 5) == "", strings.HasPrefix("", ""))
	fmt.Println(strings.ContainsAny("", ""), strings.ContainsAny("abc", ""), strings.IndexAny("abc", ""))
	fmt.Println(strings.Title("o'neil is here"), strings.ToTitle("loud"))
}
