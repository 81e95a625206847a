package main

import "fmt"

func main() {
	b := make([]byte, 0, 16)
	b = append(b, "héllo"...)
	b = append(b, ' ')
	b = append(b, []byte("wörld")...)
	fmt.Println(string(b), len(b))
	dst := make([]byte, 3)
	n := copy(dst, "世界")
	fmt.Println(n, dst)
	runes := []rune("ab")
	runes = append(runes, []rune("世")...)
	fmt.Println(len(runes), string(runes))
	var parts [][]byte
	for _, s := range []string{"x", "yy"} {
		parts = append(parts, []byte(s))
	}
	fmt.Println(len(parts), string(parts[1]))
}
