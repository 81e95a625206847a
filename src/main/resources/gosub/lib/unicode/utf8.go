// Package unicode/utf8, as gosub provides it: decoding, counting and validation are native
// (Go's algorithm, invalid bytes as RuneError of width 1); encoding is Go.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func Valid(p []byte) bool
func ValidString(s string) bool
func FullRune(p []byte) bool
func FullRuneInString(s string) bool

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= 0x7F:
		return 1
	case r <= 0x7FF:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= 0xFFFF:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	switch i := uint32(r); {
	case i <= 0x7F:
		p[0] = byte(r)
		return 1
	case i <= 0x7FF:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		r = RuneError
		fallthrough
	case i <= 0xFFFF:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= 0x7F {
		return append(p, byte(r))
	}
	return append(p, string(r)...)
}
