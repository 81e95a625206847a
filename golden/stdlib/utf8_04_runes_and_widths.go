package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// truncate cuts s to at most n bytes without splitting a rune.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Größe: 日本語 ✓ 🎉"
	for n := 0; n <= len(s); n += 3 {
		t := truncate(s, n)
		fmt.Printf("%2d %-24q %v %d\n", n, t, utf8.ValidString(t), utf8.RuneCountInString(t))
	}
	fmt.Println(reverse(s), reverse(""), reverse("a"))
	byLen := map[int][]string{}
	for _, r := range s {
		byLen[utf8.RuneLen(r)] = append(byLen[utf8.RuneLen(r)], string(r))
	}
	for l := 1; l <= 4; l++ {
		fmt.Println(l, strings.Join(byLen[l], ""))
	}
	// manual decoding loop
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d+%d=%c ", i, w, r)
		i += w
	}
	fmt.Println()
	// byte offsets vs rune indexes
	idx := strings.Index(s, "本")
	fmt.Println(idx, utf8.RuneCountInString(s[:idx]))
	// conversion of invalid bytes yields U+FFFD per bad byte
	bad := "a\xe2\x82z\xff\xfe"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(len([]rune(bad)), utf8.RuneCountInString(bad))
	fmt.Println(string([]byte{0xe2, 0x82, 0xac}), []byte("€"), []rune("€"))
}
