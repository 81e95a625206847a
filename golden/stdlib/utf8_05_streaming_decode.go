package main

import (
	"fmt"
	"unicode/utf8"
)

// decodeChunks decodes runes from chunks that may split a rune, using FullRune.
func decodeChunks(chunks [][]byte) []rune {
	var out []rune
	var pending []byte
	for _, c := range chunks {
		pending = append(pending, c...)
		for len(pending) > 0 {
			if !utf8.FullRune(pending) {
				break
			}
			r, size := utf8.DecodeRune(pending)
			out = append(out, r)
			pending = pending[size:]
		}
	}
	for len(pending) > 0 {
		r, size := utf8.DecodeRune(pending)
		out = append(out, r)
		pending = pending[size:]
	}
	return out
}

func main() {
	data := []byte("aé世😀z")
	for split := 0; split <= len(data); split++ {
		rs := decodeChunks([][]byte{data[:split], data[split:]})
		fmt.Printf("%2d %q %d\n", split, string(rs), len(rs))
	}
	trunc := []byte("x\xf0\x9f\x98")
	fmt.Printf("%U\n", decodeChunks([][]byte{trunc}))
	for _, b := range [][]byte{{}, {0xc3}, {0xc3, 0xa9}, {0xe4}, {0xe4, 0xb8}, {0xf0, 0x9f, 0x98}, {0xff}, {0x80}} {
		fmt.Printf("% x full=%v\n", b, utf8.FullRune(b))
	}
	var enc []byte
	for _, r := range []rune{'G', 'ö', '→', '𝔊'} {
		enc = utf8.AppendRune(enc, r)
	}
	fmt.Printf("% x %d %d\n", enc, len(enc), utf8.RuneCount(enc))
}
