// Package fmt, as gosub provides it: formatting is native, the rest is Go.
package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

// state is the fmt.State a Formatter's Format method writes to.
type state struct {
	buf   []byte
	wid   int
	prec  int
	flags string
}

func (s *state) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (wid int, ok bool) {
	if s.wid < 0 {
		return 0, false
	}
	return s.wid, true
}

func (s *state) Precision() (prec int, ok bool) {
	if s.prec < 0 {
		return 0, false
	}
	return s.prec, true
}

func (s *state) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// callFormat runs f.Format for the native printer: wid and prec are -1 when absent. It
// returns what was written and, if Format panicked, the panic's value.
func callFormat(f Formatter, verb rune, flags string, wid, prec int) (out string, value any, panicked bool) {
	s := &state{wid: wid, prec: prec, flags: flags}
	defer func() {
		if panicked {
			value = recover()
			out = string(s.buf)
		}
	}()
	panicked = true
	f.Format(s, verb)
	panicked = false
	return string(s.buf), nil, false
}

func setFormatHook(f func(Formatter, rune, string, int, int) (string, any, bool))

func init() {
	setFormatHook(callFormat)
}

// FormatString returns the directive (flags, width, precision, verb) that state describes.
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	return string(append(b, string(verb)...))
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

func Sprintf(format string, a ...any) string

func Sprint(a ...any) string

func Sprintln(a ...any) string

func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprint(a...))
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// errorf formats like Sprintf with %w as %v; it returns the text, the number of %w verbs
// and the indexes of the operands they wrap (in Go's order).
func errorf(format string, a []any) (string, int, []int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats like Sprintf; %w operands are wrapped, as Go does.
func Errorf(format string, a ...any) error {
	s, count, idx := errorf(format, a)
	switch count {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		if len(idx) == 1 {
			w.err, _ = a[idx[0]].(error)
		}
		return w
	default:
		var errs []error
		for _, i := range idx {
			if e, ok := a[i].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{msg: s, errs: errs}
	}
}

// ---- scanning: tokens separated by spaces, stored through pointers of basic types

// readRune reads one UTF-8 rune a byte at a time, so nothing past it is consumed.
func readRune(r io.Reader) (rune, bool) {
	var b [utf8.UTFMax]byte
	n, err := r.Read(b[:1])
	if n == 0 || err != nil && n == 0 {
		return 0, false
	}
	if b[0] < utf8.RuneSelf {
		return rune(b[0]), true
	}
	size := 1
	for size < utf8.UTFMax && !utf8.FullRune(b[:size]) {
		m, _ := r.Read(b[size : size+1])
		if m == 0 {
			break
		}
		size++
	}
	c, _ := utf8.DecodeRune(b[:size])
	return c, true
}

type scanState struct {
	r       io.Reader
	peeked  rune
	hasPeek bool
	eof     bool
}

func (s *scanState) next() (rune, bool) {
	if s.hasPeek {
		s.hasPeek = false
		return s.peeked, true
	}
	if s.eof {
		return 0, false
	}
	c, ok := readRune(s.r)
	if !ok {
		s.eof = true
	}
	return c, ok
}

func (s *scanState) unread(c rune) {
	s.peeked = c
	s.hasPeek = true
}

func isScanSpace(c rune) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// token skips spaces (newlines too unless stopAtNewline) and reads a run of non-space runes.
func (s *scanState) token(stopAtNewline bool) (string, error) {
	for {
		c, ok := s.next()
		if !ok {
			return "", io.EOF
		}
		if c == '\n' && stopAtNewline {
			s.unread(c)
			return "", errors.New("unexpected newline")
		}
		if !isScanSpace(c) {
			s.unread(c)
			break
		}
	}
	var tok []rune
	for {
		c, ok := s.next()
		if !ok {
			break
		}
		if isScanSpace(c) {
			s.unread(c)
			break
		}
		tok = append(tok, c)
	}
	return string(tok), nil
}

// accepts reports whether c can continue a token for verb (numbers stop at other text).
func accepts(verb rune, c rune, first bool) bool {
	switch verb {
	case 'd':
		return '0' <= c && c <= '9' || first && (c == '+' || c == '-')
	case 'x', 'X':
		return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' || first && (c == '+' || c == '-')
	case 'f', 'g', 'e', 'F', 'G', 'E':
		return '0' <= c && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'
	}
	return !isScanSpace(c)
}

func (s *scanState) tokenFor(verb rune) (string, error) {
	for {
		c, ok := s.next()
		if !ok {
			return "", io.EOF
		}
		if c == '\n' || !isScanSpace(c) {
			s.unread(c)
			break
		}
	}
	var tok []rune
	for {
		c, ok := s.next()
		if !ok {
			break
		}
		if !accepts(verb, c, len(tok) == 0) {
			s.unread(c)
			break
		}
		tok = append(tok, c)
	}
	if len(tok) == 0 {
		if verb == 'd' {
			return "", errors.New("expected integer")
		}
		return "", errors.New("unexpected newline")
	}
	return string(tok), nil
}

// scanStore parses tok into the variable arg points to; it returns an error text or "".
func scanStore(arg any, tok string, verb rune) string

func store(arg any, tok string, verb rune) error {
	if msg := scanStore(arg, tok, verb); msg != "" {
		return errors.New(msg)
	}
	return nil
}

func doScan(s *scanState, a []any, line bool) (n int, err error) {
	for _, arg := range a {
		tok, err := s.token(line)
		if err != nil {
			if err == io.EOF && n > 0 {
				err = io.ErrUnexpectedEOF
			}
			return n, err
		}
		if err := store(arg, tok, 'v'); err != nil {
			return n, err
		}
		n++
	}
	if line {
		for {
			c, ok := s.next()
			if !ok || c == '\n' {
				break
			}
			if !isScanSpace(c) {
				return n, errors.New("expected newline")
			}
		}
	}
	return n, nil
}

func Fscan(r io.Reader, a ...any) (n int, err error) { return doScan(&scanState{r: r}, a, false) }

func Fscanln(r io.Reader, a ...any) (n int, err error) { return doScan(&scanState{r: r}, a, true) }

func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

type stringReader struct {
	s string
	i int
}

func (r *stringReader) Read(b []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringReader{s: str}, a...) }

func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&stringReader{s: str}, a...) }

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Fscanf: spaces in the format match any spaces, verbs read a token, other text must match.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := &scanState{r: r}
	fr := []rune(format)
	for i := 0; i < len(fr); i++ {
		c := fr[i]
		if c == '%' && i+1 < len(fr) && fr[i+1] != '%' {
			verb := fr[i+1]
			i++
			if n >= len(a) {
				return n, errors.New("too few operands for format '%" + string(verb) + "'")
			}
			var tok string
			if verb == 'c' {
				r, ok := s.next()
				if !ok {
					return n, io.ErrUnexpectedEOF
				}
				tok = string(r)
			} else {
				tok, err = s.tokenFor(verb)
				if err != nil {
					if err == io.EOF {
						err = io.ErrUnexpectedEOF
					}
					return n, err
				}
			}
			if err := store(a[n], tok, verb); err != nil {
				return n, err
			}
			n++
			continue
		}
		if c == '%' {
			i++
		}
		if isScanSpace(c) && c != '\n' {
			for {
				x, ok := s.next()
				if !ok {
					break
				}
				if !isScanSpace(x) || x == '\n' {
					s.unread(x)
					break
				}
			}
			continue
		}
		x, ok := s.next()
		if !ok {
			return n, io.ErrUnexpectedEOF
		}
		if x != c {
			s.unread(x)
			return n, errors.New("input does not match format")
		}
	}
	if n < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}
