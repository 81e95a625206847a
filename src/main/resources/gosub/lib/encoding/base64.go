// Package encoding/base64, as gosub provides it: RFC 4648 encodings with Go's padding
// options, strict mode, and its decoding errors (the offset of the first bad byte).
package base64

import (
	"io"
	"strconv"
)

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

// An Encoding is a 64-character alphabet with its padding rule.
type Encoding struct {
	encode    string
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{encode: encoder, padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		switch {
		case encoder[i] == '\n' || encoder[i] == '\r':
			panic("encoding alphabet contains newline character")
		case e.decodeMap[encoder[i]] != 0xff:
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding is enc with another padding character, or none (NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decodeMap[byte(padding)] != 0xff {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict is enc refusing encodings whose unused trailing bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

const stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

var StdEncoding = NewEncoding(stdAlphabet)
var URLEncoding = NewEncoding(urlAlphabet)
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// CorruptInputError is the offset of the first byte that cannot be decoded.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for si := 0; si < len(src); si += 3 {
		var v uint
		k := len(src) - si // bytes in this group (3 except at the end)
		if k > 3 {
			k = 3
		}
		for j := 0; j < 3; j++ {
			v <<= 8
			if j < k {
				v |= uint(src[si+j])
			}
		}
		// k bytes give k+1 characters; padding fills the group to 4
		for j := 0; j <= k; j++ {
			dst[di+j] = enc.encode[v>>(18-6*j)&0x3f]
		}
		di += k + 1
		if k < 3 && enc.padChar != NoPadding {
			for j := k + 1; j < 4; j++ {
				dst[di] = byte(enc.padChar)
				di++
			}
		}
	}
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return append(dst, buf...)
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// quantum decodes up to 4 characters starting at src[si] (newlines skipped) into dst; it
// returns where it stopped and how many bytes it wrote.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var d [4]byte
	dlen := 4
	var err error
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			d[j] = v
			continue
		}
		if isNewline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 { // a second padding character must follow
			for si < len(src) && isNewline(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && isNewline(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si) // something after the padding
		}
		dlen = j
		break
	}
	v := uint(d[0])<<18 | uint(d[1])<<12 | uint(d[2])<<6 | uint(d[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch dlen {
	case 4:
		dst[2] = b2
		b2 = 0
		fallthrough
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		b1 = 0
		fallthrough
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, dlen - 1, err
}

func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	for si := 0; si < len(src); {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, len(src)/4*3+3)
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, len(s)/4*3+3)
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

// An encoder writes whole groups of 3 bytes as they come, the rest when closed.
type encoder struct {
	enc  *Encoding
	w    io.Writer
	rest []byte
	err  error
}

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	e.rest = append(e.rest, p...)
	whole := len(e.rest) / 3 * 3
	if whole > 0 {
		if _, err := io.WriteString(e.w, e.enc.EncodeToString(e.rest[:whole])); err != nil {
			e.err = err
			return 0, err
		}
		e.rest = append([]byte(nil), e.rest[whole:]...)
	}
	return len(p), nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.rest) > 0 {
		_, e.err = io.WriteString(e.w, e.enc.EncodeToString(e.rest))
		e.rest = nil
	}
	return e.err
}

// NewEncoder encodes what is written to it onto w; Close writes the last partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser { return &encoder{enc: enc, w: w} }

// A decoder reads all of r, then hands out the decoded bytes and the error, if any.
type decoder struct {
	enc  *Encoding
	r    io.Reader
	done bool
	out  []byte
	err  error
}

func (d *decoder) Read(p []byte) (int, error) {
	if !d.done {
		d.done = true
		src, err := io.ReadAll(d.r)
		d.out, d.err = d.enc.DecodeString(string(src))
		if d.err == nil {
			d.err = err
		}
	}
	if len(d.out) > 0 {
		n := copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	return 0, io.EOF
}

func NewDecoder(enc *Encoding, r io.Reader) io.Reader { return &decoder{enc: enc, r: r} }
