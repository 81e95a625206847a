package main

import (
	"fmt"
	"path"
	"unicode/utf16"
)

func main() {
	fmt.Println(utf16.Encode([]rune("a€𝄞")), string(utf16.Decode([]uint16{0x61, 0xd834, 0xdd1e})), utf16.IsSurrogate(0xd800))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/a/b.txt"), path.Dir("/a/b/c"), path.Ext("x.tar.gz"), path.Clean("a//b/./c/.."), path.IsAbs("/x"))
	fmt.Println(path.Split("static/myfile.css"))
	for _, p := range []string{"", "/", "a/", "//a//b//", "../../x", "/../x"} {
		fmt.Printf("%q %q %q %q\n", path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p))
	}
	m, err := path.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, err = path.Match("a[", "a")
	fmt.Println(m, err)
	m, err = path.Match("[a-c]?[^x]*", "bzyq")
	fmt.Println(m, err)
}
