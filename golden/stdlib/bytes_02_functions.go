package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.ToUpper(a))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%s\n", bytes.TrimSpace([]byte("  pad  ")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("s")), bytes.Count(a, []byte("e")))
	fmt.Println(bytes.IndexByte(a, ','), bytes.EqualFold([]byte("GO"), []byte("go")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Printf("%s\n", bytes.Title([]byte("abc def")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
}
