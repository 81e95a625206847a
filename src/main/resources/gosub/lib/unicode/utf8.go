// Package unicode/utf8, as gosub provides it.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeRuneInString(s string) (r rune, size int)

func DecodeRune(p []byte) (r rune, size int) { return DecodeRuneInString(string(p)) }

func DecodeLastRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	start := len(s) - 1
	for start > 0 && len(s)-start < UTFMax && s[start]&0xC0 == 0x80 {
		start--
	}
	r, size = DecodeRuneInString(s[start:])
	if start+size != len(s) {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRune(p []byte) (r rune, size int) { return DecodeLastRuneInString(string(p)) }

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError {
			_, size := DecodeRuneInString(s[i:])
			if size == 1 {
				return false
			}
		}
	}
	return true
}

func Valid(p []byte) bool { return ValidString(string(p)) }

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

func EncodeRune(p []byte, r rune) int {
	b := AppendRune(nil, r)
	return copy(p, b)
}

func AppendRune(p []byte, r rune) []byte { return append(p, string(r)...) }

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

func FullRuneInString(s string) bool {
	_, size := DecodeRuneInString(s)
	return size > 1 || len(s) > 0 && (s[0] < 0x80 || len(s) >= UTFMax)
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
