// Package encoding/hex, as gosub provides it: lower-case hex encoding, decoding with Go's
// errors, and Dump's "hexdump -C" layout.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength is reported for an odd number of hex digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }

func DecodedLen(x int) int { return x / 2 }

func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&0x0f]
	}
	return len(src) * 2
}

func AppendEncode(dst, src []byte) []byte {
	for _, b := range src {
		dst = append(dst, digits[b>>4], digits[b&0x0f])
	}
	return dst
}

func EncodeToString(src []byte) string { return string(AppendEncode(nil, src)) }

// value of a hex digit (either case), or 0xff.
func value(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes pairs of digits until a bad byte; an odd count is ErrLength once every
// digit before it was good.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for j := 1; j < len(src); j += 2 {
		hi, lo := value(src[j-1]), value(src[j])
		if hi > 0x0f {
			return n, InvalidByteError(src[j-1])
		}
		if lo > 0x0f {
			return n, InvalidByteError(src[j])
		}
		dst[n] = hi<<4 | lo
		n++
	}
	if len(src)%2 == 1 {
		if value(src[len(src)-1]) > 0x0f {
			return n, InvalidByteError(src[len(src)-1])
		}
		return n, ErrLength
	}
	return n, nil
}

func AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, len(src)/2)
	n, err := Decode(buf, src)
	return append(dst, buf[:n]...), err
}

func DecodeString(s string) ([]byte, error) {
	b := []byte(s)
	n, err := Decode(b, b)
	return b[:n], err
}

type encoder struct{ w io.Writer }

func (e *encoder) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i += 512 {
		end := i + 512
		if end > len(p) {
			end = len(p)
		}
		if _, err := e.w.Write(AppendEncode(nil, p[i:end])); err != nil {
			return i, err
		}
	}
	return len(p), nil
}

// NewEncoder writes the hex of what is written to it to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w} }

type decoder struct {
	r   io.Reader
	odd []byte // a digit waiting for its pair
	err error
}

func (d *decoder) Read(p []byte) (int, error) {
	for {
		if len(p) == 0 {
			return 0, nil
		}
		buf := make([]byte, 2*len(p))
		copy(buf, d.odd)
		m, err := d.r.Read(buf[len(d.odd):])
		in := buf[:len(d.odd)+m]
		keep := len(in) % 2
		d.odd = append([]byte(nil), in[len(in)-keep:]...)
		n, derr := Decode(p, in[:len(in)-keep])
		if derr != nil {
			return n, derr
		}
		if err == io.EOF && len(d.odd) > 0 {
			if value(d.odd[0]) > 0x0f {
				return n, InvalidByteError(d.odd[0])
			}
			return n, io.ErrUnexpectedEOF
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
}

// NewDecoder reads hex digits from r and yields the bytes they encode.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

// A dumper writes hexdump -C lines: offset, 16 bytes in two groups of 8, the printable text.
type dumper struct {
	w     io.Writer
	n     uint
	chars []byte // the current line's text column
	used  int
	err   error
}

func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

// column is what follows byte number i of a line: a space, two after the 8th, " |" after the 16th.
func column(i int) string {
	switch i {
	case 7:
		return "  "
	case 15:
		return "  |"
	}
	return " "
}

func (d *dumper) Write(data []byte) (int, error) {
	var sb strings.Builder
	for _, b := range data {
		if d.used == 0 {
			fmt.Fprintf(&sb, "%08x  ", d.n)
		}
		sb.WriteByte(digits[b>>4])
		sb.WriteByte(digits[b&0x0f])
		sb.WriteString(column(d.used))
		c := b
		if c < 32 || c > 126 {
			c = '.'
		}
		d.chars = append(d.chars, c)
		d.used++
		d.n++
		if d.used == 16 {
			sb.Write(d.chars)
			sb.WriteString("|\n")
			d.chars = d.chars[:0]
			d.used = 0
		}
	}
	if _, err := io.WriteString(d.w, sb.String()); err != nil {
		return 0, err
	}
	return len(data), nil
}

// Close pads a last short line and ends it.
func (d *dumper) Close() error {
	if d.used == 0 {
		return nil
	}
	var sb strings.Builder
	for i := d.used; i < 16; i++ {
		sb.WriteString("  ")
		sb.WriteString(column(i))
	}
	sb.Write(d.chars)
	sb.WriteString("|\n")
	d.used = 0
	d.chars = d.chars[:0]
	_, err := io.WriteString(d.w, sb.String())
	return err
}

func Dump(data []byte) string {
	var sb strings.Builder
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}
