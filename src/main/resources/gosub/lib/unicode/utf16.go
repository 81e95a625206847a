// Package unicode/utf16, as gosub provides it: UTF-16 encoding and decoding of rune
// sequences. Code points from U+10000 to U+10FFFF take two 16-bit units (a high surrogate in
// D800-DBFF, then a low one in DC00-DFFF); everything that cannot be encoded or decoded
// (lone surrogates, negative or too large values) becomes U+FFFD.
package utf16

const (
	badRune  = '\uFFFD'
	lastRune = '\U0010FFFF'

	highFirst = 0xD800 // first high (leading) surrogate
	lowFirst  = 0xDC00 // first low (trailing) surrogate
	surrEnd   = 0xE000 // one past the last low surrogate
	planeOne  = 0x10000
)

// IsSurrogate reports whether r lies in the surrogate range; only such values can be one half
// of a pair.
func IsSurrogate(r rune) bool {
	return highFirst <= r && r < surrEnd
}

func isHigh(r rune) bool { return highFirst <= r && r < lowFirst }
func isLow(r rune) bool  { return lowFirst <= r && r < surrEnd }

// DecodeRune combines a high and a low surrogate into the code point they encode; any other
// pair gives U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if !isHigh(r1) || !isLow(r2) {
		return badRune
	}
	return planeOne + (r1-highFirst)<<10 + (r2 - lowFirst)
}

// EncodeRune splits a supplementary-plane code point into its surrogate pair. Anything else,
// including ordinary BMP code points that need no pair, gives U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < planeOne || r > lastRune {
		return badRune, badRune
	}
	off := r - planeOne
	return highFirst + off>>10, lowFirst + off&0x3FF
}

// unitsFor is how many 16-bit units r takes once encoded (invalid runes take one: U+FFFD).
func unitsFor(r rune) int {
	if planeOne <= r && r <= lastRune {
		return 2
	}
	return 1
}

// Encode returns the UTF-16 encoding of s, in a slice of exactly the needed length.
func Encode(s []rune) []uint16 {
	total := 0
	for _, r := range s {
		total += unitsFor(r)
	}
	out := make([]uint16, total)
	at := 0
	for _, r := range s {
		switch {
		case r >= 0 && r < highFirst, r >= surrEnd && r < planeOne:
			out[at] = uint16(r)
			at++
		case r >= planeOne && r <= lastRune:
			hi, lo := EncodeRune(r)
			out[at], out[at+1] = uint16(hi), uint16(lo)
			at += 2
		default: // surrogate code points and out-of-range values
			out[at] = badRune
			at++
		}
	}
	return out
}

// Decode returns the runes that the UTF-16 units s encode. A high surrogate followed by a low
// one is one rune; any surrogate not in such a pair decodes to U+FFFD on its own.
func Decode(s []uint16) []rune {
	out := make([]rune, len(s)) // never more runes than units
	n := 0
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case !IsSurrogate(u):
			out[n] = u
		case isHigh(u) && i+1 < len(s) && isLow(rune(s[i+1])):
			out[n] = DecodeRune(u, rune(s[i+1]))
			i++
		default:
			out[n] = badRune
		}
		n++
	}
	return out[:n]
}
