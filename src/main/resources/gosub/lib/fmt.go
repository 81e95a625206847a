// Package fmt, as gosub provides it: formatting is native, the rest is Go.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
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

// The Fprint family calls w.Write, never w.WriteString, as Go's does: a writer may tell them apart.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
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
	r         io.Reader
	rs        io.RuneScanner // r, when it can unread: the rune looked at last goes back to it
	peeked    rune
	hasPeek   bool
	eof       bool
	count     int // runes read
	limit     int // runes allowed for the current operand (a %5d width), or -1
	wid       int // the current operand's width, or -1
	nlIsSpace bool
	last      rune // the rune next returned last, for UnreadRune
	buf       []rune
}

func newScanState(r io.Reader) *scanState {
	s := &scanState{r: r, limit: -1, wid: -1}
	s.rs, _ = r.(io.RuneScanner)
	return s
}

// done gives a looked-at rune back to a reader that can unread, so the next scan sees it.
func (s *scanState) done() {
	if s.hasPeek && s.rs != nil {
		s.hasPeek = false
		s.rs.UnreadRune()
	}
}

func (s *scanState) next() (rune, bool) {
	if s.limit >= 0 && s.count >= s.limit {
		return 0, false
	}
	if s.hasPeek {
		s.hasPeek = false
		s.count++
		s.last = s.peeked
		return s.peeked, true
	}
	if s.eof {
		return 0, false
	}
	var c rune
	ok := true
	if s.rs != nil {
		var err error
		c, _, err = s.rs.ReadRune()
		ok = err == nil
	} else {
		c, ok = readRune(s.r)
	}
	if !ok {
		s.eof = true
		return 0, false
	}
	s.count++
	s.last = c
	return c, true
}

// ScanState is what a Scanner's Scan method reads its operand from.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan their own representation.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func (s *scanState) ReadRune() (r rune, size int, err error) {
	c, ok := s.next()
	if !ok {
		return 0, 0, io.EOF
	}
	return c, utf8.RuneLen(c), nil
}

func (s *scanState) UnreadRune() error {
	s.unread(s.last)
	return nil
}

func (s *scanState) SkipSpace() { s.skipSpace(s.nlIsSpace) }

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer catchScan(&err)
	if f == nil {
		f = func(c rune) bool { return !isScanSpace(c) }
	}
	if skipSpace {
		s.skipSpace(s.nlIsSpace)
	}
	for {
		c, ok := s.next()
		if !ok {
			break
		}
		if !f(c) {
			s.unread(c)
			break
		}
		tok = utf8.AppendRune(tok, c)
	}
	return tok, nil
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.wid < 0 {
		return 0, false
	}
	return s.wid, true
}

func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) unread(c rune) {
	s.peeked = c
	s.hasPeek = true
	s.count--
}

func isScanSpace(c rune) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= c && c <= 0x200a
}

func inSet(c rune, set string) bool {
	for _, x := range set {
		if c == x {
			return true
		}
	}
	return false
}

// accept appends the next rune to buf if it is in set.
func (s *scanState) accept(set string) bool {
	c, ok := s.next()
	if !ok {
		return false
	}
	if inSet(c, set) {
		s.buf = append(s.buf, c)
		return true
	}
	s.unread(c)
	return false
}

func (s *scanState) peek(set string) bool {
	c, ok := s.next()
	if !ok {
		return false
	}
	s.unread(c)
	return inSet(c, set)
}

// scanError is a failure that ends the scan with err.
type scanError struct{ err error }

func (s *scanState) fail(msg string) { panic(scanError{errors.New(msg)}) }

// skipSpace skips spaces; a newline is one unless nlIsSpace is false, when it is an error.
func (s *scanState) skipSpace(nlIsSpace bool) {
	for {
		c, ok := s.next()
		if !ok {
			return
		}
		if c == '\r' && s.peek("\n") {
			continue
		}
		if c == '\n' {
			if nlIsSpace {
				continue
			}
			s.fail("unexpected newline")
		}
		if !isScanSpace(c) {
			s.unread(c)
			return
		}
	}
}

// notEOF panics with io.EOF when there is no more input.
func (s *scanState) notEOF() {
	c, ok := s.next()
	if !ok {
		panic(io.EOF)
	}
	s.unread(c)
}

// scanKind reports what arg points to: 'b' bool, 'i' signed or 'u' unsigned integer,
// 'f' float, 's' string, 'B' []byte, or 0; with the size in bits.
func scanKind(arg any) (kind rune, bits int)

const (
	binaryDigits  = "01"
	octalDigits   = "01234567"
	decimalDigits = "0123456789"
	hexDigits     = "0123456789aAbBcCdDeEfF"
)

func (s *scanState) intToken(verb rune, signed bool) string {
	s.notEOF()
	digits := decimalDigits
	switch verb {
	case 'b':
		digits = binaryDigits
	case 'o':
		digits = octalDigits
	case 'x', 'X', 'U':
		digits = hexDigits
	case 'd', 'v':
	default:
		s.fail("bad verb '%" + string(verb) + "' for integer")
	}
	haveDigits := false
	if verb == 'U' {
		if !s.accept("U") || !s.accept("+") {
			s.fail("bad unicode format ")
		}
		s.buf = s.buf[:0]
	} else {
		if signed {
			s.accept("+-")
		}
		if verb == 'v' {
			if s.peek("0") {
				s.accept("0")
				haveDigits = true
				switch {
				case s.accept("bB"):
					digits = binaryDigits + "_"
				case s.accept("oO"):
					digits = octalDigits + "_"
				case s.accept("xX"):
					digits = hexDigits + "_"
				default:
					digits = octalDigits + "_"
				}
			} else {
				digits = decimalDigits + "_"
			}
		}
	}
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.fail("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *scanState) floatToken() string {
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits = hexDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// complexToken reads "re+imi", optionally in parentheses, as "re,+im" for scanStore.
func (s *scanState) complexToken() string {
	parens := s.accept("(")
	s.buf = s.buf[:0]
	re := s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.fail("syntax error scanning complex number")
	}
	sign := string(s.buf)
	s.buf = s.buf[:0]
	im := s.floatToken()
	if !s.accept("i") {
		s.fail("syntax error scanning complex number")
	}
	if parens && !s.accept(")") {
		s.fail("syntax error scanning complex number")
	}
	return re + "," + sign + im
}

// scanOne reads one operand for verb and stores it through arg.
func (s *scanState) scanOne(verb rune, arg any, nlIsSpace bool) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		s.nlIsSpace = nlIsSpace
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			panic(scanError{err})
		}
		return
	}
	kind, _ := scanKind(arg)
	var tok string
	switch kind {
	case 'b':
		s.skipSpace(nlIsSpace)
		s.notEOF()
		if verb != 't' && verb != 'v' {
			s.fail("bad verb '%" + string(verb) + "' for boolean")
		}
		c, _ := s.next()
		tok = "false"
		switch c {
		case '1':
			tok = "true"
		case 't', 'T':
			if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
				s.fail("syntax error scanning boolean")
			}
			tok = "true"
		case 'f', 'F':
			if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
				s.fail("syntax error scanning boolean")
			}
		}
	case 'i', 'u':
		if verb == 'c' {
			s.notEOF()
			c, _ := s.next()
			tok = string(c)
			break
		}
		s.skipSpace(nlIsSpace)
		tok = s.intToken(verb, kind == 'i')
	case 'f':
		s.skipSpace(nlIsSpace)
		s.notEOF()
		if !inSet(verb, "beEfFgGxXv") {
			s.fail("bad verb '%" + string(verb) + "' for float")
		}
		tok = s.floatToken()
	case 'c':
		if !inSet(verb, "beEfFgGxXv") {
			s.fail("bad verb '%" + string(verb) + "' for complex")
		}
		s.skipSpace(nlIsSpace)
		s.notEOF()
		tok = s.complexToken()
	case 's', 'B':
		if !inSet(verb, "svqxX") {
			s.fail("bad verb '%" + string(verb) + "' for string")
		}
		s.skipSpace(nlIsSpace)
		s.notEOF()
		switch verb {
		case 'q':
			tok = s.quotedString()
		case 'x', 'X':
			tok = s.hexString()
		default:
			for {
				c, ok := s.next()
				if !ok {
					break
				}
				if isScanSpace(c) {
					s.unread(c)
					break
				}
				s.buf = append(s.buf, c)
			}
			tok = string(s.buf)
		}
		verb = 's'
	}
	if msg := scanStore(arg, tok, verb); msg != "" {
		s.fail(msg)
	}
}

// mustRead is the next rune; the input must not end here.
func (s *scanState) mustRead() rune {
	c, ok := s.next()
	if !ok {
		panic(scanError{io.ErrUnexpectedEOF})
	}
	return c
}

// quotedString reads a Go string literal, back-quoted or double-quoted (unquoted as Go does).
func (s *scanState) quotedString() string {
	var b []byte
	switch q := s.mustRead(); q {
	case '`':
		for {
			c := s.mustRead()
			if c == q {
				return string(b)
			}
			b = utf8.AppendRune(b, c)
		}
	case '"':
		b = append(b, '"')
		for {
			c := s.mustRead()
			b = utf8.AppendRune(b, c)
			if c == '\\' {
				// only the rune right after a backslash can be a quote or backslash itself
				b = utf8.AppendRune(b, s.mustRead())
			} else if c == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(b))
		if err != nil {
			panic(scanError{err})
		}
		return str
	}
	s.fail("expected quoted string")
	return ""
}

// hexString reads pairs of hex digits as bytes (%x on a string).
func (s *scanState) hexString() string {
	var b []byte
	for {
		c, ok := s.next()
		if !ok {
			break
		}
		hi, isHex := hexVal(c)
		if !isHex {
			s.unread(c)
			break
		}
		lo, isHex := hexVal(s.mustRead())
		if !isHex {
			s.fail("illegal hex digit")
		}
		b = append(b, byte(hi<<4|lo))
	}
	if len(b) == 0 {
		s.fail("no hex data for %x string")
	}
	return string(b)
}

func hexVal(c rune) (int, bool) {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0'), true
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}

// scanStore parses tok into the variable arg points to; it returns an error text or "".
func scanStore(arg any, tok string, verb rune) string

func catchScan(err *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*err = se.err
		} else if e == io.EOF {
			*err = io.EOF
		} else {
			panic(e)
		}
	}
}

func doScan(s *scanState, a []any, line bool) (n int, err error) {
	defer catchScan(&err)
	for _, arg := range a {
		s.scanOne('v', arg, !line)
		n++
	}
	if line {
		for {
			c, ok := s.next()
			if !ok || c == '\n' {
				break
			}
			if !isScanSpace(c) {
				s.fail("expected newline")
			}
		}
	}
	return n, nil
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r)
	defer s.done()
	return doScan(s, a, false)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r)
	defer s.done()
	return doScan(s, a, true)
}

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

// Fscanf works as Go's: advance matches the format's spaces, newlines and literal text
// against the input up to the next verb; each verb then reads one operand.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanState(r)
	defer s.done()
	defer catchScan(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.fail("input does not match format")
			}
			break // out of input: "too many operands" below
		}
		i++
		wid := -1
		for i <= end && '0' <= format[i] && format[i] <= '9' {
			if wid < 0 {
				wid = 0
			}
			wid = wid*10 + int(format[i]-'0')
			i++
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.skipSpace(false)
		}
		if verb == '%' {
			s.skipSpace(false)
			s.notEOF()
			if !s.accept("%") {
				s.fail("missing literal %")
			}
			continue
		}
		if n >= len(a) {
			s.fail("too few operands for format '%" + format[i-vw:] + "'")
		}
		if wid >= 0 {
			s.limit = s.count + wid
		}
		s.wid = wid
		s.scanOne(verb, a[n], false)
		s.limit = -1
		s.wid = -1
		n++
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return n, nil
}

// getRune is the next rune, or -1 at the end of the input.
func (s *scanState) getRune() rune {
	c, ok := s.next()
	if !ok {
		return -1
	}
	return c
}

// advance consumes the input matching format up to its next verb and returns how many bytes
// of format it used, or -1 when a literal does not match. A newline in the format matches
// spaces then a newline or the end; other spaces match one or more spaces or the end.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isScanSpace(fc) {
			newlines := 0
			trailingSpace := false
			for isScanSpace(fc) && i < len(format) {
				if fc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				c := s.getRune()
				for isScanSpace(c) && c != '\n' {
					c = s.getRune()
				}
				if c != '\n' && c != -1 {
					s.fail("newline in format does not match input")
				}
			}
			if trailingSpace {
				c := s.getRune()
				if newlines == 0 {
					if !isScanSpace(c) && c != -1 {
						s.fail("expected space in input to match format")
					}
					if c == '\n' {
						s.fail("newline in input does not match format")
					}
				}
				for isScanSpace(c) && c != '\n' {
					c = s.getRune()
				}
				if c != -1 {
					s.unread(c)
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.fail("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return
			}
			i += w // %% matches a literal %
		}
		c := s.getRune()
		if c == -1 {
			panic(scanError{io.ErrUnexpectedEOF})
		}
		if c != fc {
			s.unread(c)
			return -1
		}
		i += w
	}
	return
}
