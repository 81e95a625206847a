// Package strconv, as gosub provides it: conversions are native (gosub.lib.strconv, Go's
// algorithms), the errors are built here with Go's texts.
package strconv

import "errors"

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

const IntSize = 64

// numError builds the error a native conversion reported: kind 0 none, 1 syntax, 2 range,
// 3 invalid base, 4 invalid bit size.
func numError(fn, s string, kind, arg int) error {
	switch kind {
	case 0:
		return nil
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(arg))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(arg))}
}

func parseInt(s string, base int, bitSize int, unsigned bool) (v int64, kind int, arg int)

func parseFloat(s string, bitSize int) (v float64, kind int)

func parseFloatPrefix(s string, bitSize int) (v float64, n int, kind int)

func Atoi(s string) (int, error) {
	v, kind, arg := parseInt(s, 10, 0, false)
	if kind != 0 {
		return int(v), numError("Atoi", s, kind, arg)
	}
	return int(v), nil
}

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, kind, arg := parseInt(s, base, bitSize, false)
	return v, numError("ParseInt", s, kind, arg)
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, kind, arg := parseInt(s, base, bitSize, true)
	return uint64(v), numError("ParseUint", s, kind, arg)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, kind := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, kind, 0)
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func convErr(err error, s string) (syntax, range_ error) {
	if x, ok := err.(*NumError); ok {
		x.Func = "ParseComplex"
		x.Num = s
		if x.Err == ErrRange {
			return nil, x
		}
	}
	return err, nil
}

func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, kind := parseFloatPrefix(s, size)
	if kind != 0 {
		var err error
		err, pending = convErr(numError("ParseFloat", s, kind, 0), orig)
		if err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	default:
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	im, n, kind := parseFloatPrefix(s, size)
	if kind != 0 {
		var err error
		err, pending = convErr(numError("ParseFloat", s, kind, 0), orig)
		if err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if s != "i" {
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	return complex(re, im), pending
}

func FormatInt(i int64, base int) string

func FormatUint(i uint64, base int) string

func Itoa(i int) string { return FormatInt(int64(i), 10) }

func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func unquoteChar(s string, quote byte) (value rune, multibyte bool, n int, ok bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, n, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s[n:], nil
}

func quotedPrefix(s string) (string, bool)

func QuotedPrefix(s string) (string, error) {
	p, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return p, nil
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}
