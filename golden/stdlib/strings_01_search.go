package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'), strings.IndexAny(s, "zq"))
	fmt.Println(strings.LastIndexAny(s, "ot"), strings.IndexFunc(s, func(r rune) bool { return r == 'k' }))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, "dog"))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
