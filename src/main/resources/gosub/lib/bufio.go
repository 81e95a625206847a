// Package bufio, as gosub provides it, in Go.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

const MaxScanTokenSize = 64 * 1024

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrFinalToken      = errors.New("final token")
)

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

type Scanner struct {
	r        io.Reader
	split    SplitFunc
	maxToken int
	token    []byte
	buf      []byte
	start    int
	end      int
	err      error
	eof      bool
	done     bool
	scanned  bool
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxToken: MaxScanTokenSize}
}

func (s *Scanner) Split(split SplitFunc) {
	if s.scanned {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanned {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxToken = max
}

func (s *Scanner) Err() error { return s.err }

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

func (s *Scanner) Scan() bool {
	s.scanned = true
	if s.done {
		return false
	}
	for {
		if s.end > s.start || s.eof {
			adv, tok, err := s.split(s.buf[s.start:s.end], s.eof)
			if err != nil {
				s.done = true
				if err == ErrFinalToken {
					s.token = tok
					return tok != nil
				}
				s.err = err
				return false
			}
			if adv < 0 {
				s.err, s.done = ErrNegativeAdvance, true
				return false
			}
			if adv > s.end-s.start {
				s.err, s.done = ErrAdvanceTooFar, true
				return false
			}
			s.start += adv
			if tok != nil {
				s.token = tok
				return true
			}
			if s.eof {
				s.token = nil
				s.done = true
				return false
			}
			if adv > 0 {
				continue
			}
		}
		if s.start > 0 {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.maxToken {
				s.err, s.done = ErrTooLong, true
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = 4096
			}
			if size > s.maxToken {
				size = s.maxToken
			}
			nb := make([]byte, size)
			copy(nb, s.buf[:s.end])
			s.buf = nb
		}
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.eof = true
		}
	}
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i, c := range data {
		if c == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// Reader buffers an io.Reader.
type Reader struct {
	r   io.Reader
	buf []byte
	err error
}

func NewReader(rd io.Reader) *Reader { return &Reader{r: rd} }

func NewReaderSize(rd io.Reader, size int) *Reader { return &Reader{r: rd} }

// fill reads more input; false at the end (or an error) with nothing new.
func (b *Reader) fill() bool {
	if b.err != nil {
		return false
	}
	tmp := make([]byte, 4096)
	n, err := b.r.Read(tmp)
	b.buf = append(b.buf, tmp[:n]...)
	if err != nil {
		b.err = err
	}
	return n > 0 || err == nil
}

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

func (b *Reader) ReadByte() (byte, error) {
	for len(b.buf) == 0 {
		if !b.fill() {
			return 0, b.readErr()
		}
	}
	c := b.buf[0]
	b.buf = b.buf[1:]
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for len(b.buf) < utf8.UTFMax && !utf8.FullRune(b.buf) && b.fill() {
	}
	if len(b.buf) == 0 {
		return 0, 0, b.readErr()
	}
	r, size = utf8.DecodeRune(b.buf)
	b.buf = b.buf[size:]
	return r, size, nil
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	for {
		for i, c := range b.buf {
			if c == delim {
				line := append([]byte(nil), b.buf[:i+1]...)
				b.buf = b.buf[i+1:]
				return line, nil
			}
		}
		if !b.fill() {
			line := b.buf
			b.buf = nil
			return line, b.readErr()
		}
	}
}

func (b *Reader) ReadString(delim byte) (string, error) {
	line, err := b.ReadBytes(delim)
	return string(line), err
}

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	l, err := b.ReadBytes('\n')
	if len(l) == 0 && err != nil {
		return nil, false, err
	}
	return dropCR(trimNL(l)), false, nil
}

func trimNL(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return b[:len(b)-1]
	}
	return b
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if len(b.buf) == 0 && !b.fill() {
		return 0, b.readErr()
	}
	n = copy(p, b.buf)
	b.buf = b.buf[n:]
	return n, nil
}

// Writer buffers output to an io.Writer until Flush.
type Writer struct {
	w   io.Writer
	buf []byte
	err error
}

func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

func NewWriterSize(w io.Writer, size int) *Writer { return &Writer{w: w} }

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if len(b.buf) == 0 {
		return nil
	}
	_, err := b.w.Write(b.buf)
	b.buf = b.buf[:0]
	b.err = err
	return err
}

func (b *Writer) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	if len(b.buf) >= 4096 {
		b.Flush()
	}
	return len(p), b.err
}

func (b *Writer) WriteString(s string) (int, error) { return b.Write([]byte(s)) }

func (b *Writer) WriteByte(c byte) error {
	_, err := b.Write([]byte{c})
	return err
}

func (b *Writer) WriteRune(r rune) (int, error) { return b.Write([]byte(string(r))) }

func (b *Writer) Buffered() int { return len(b.buf) }

type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
