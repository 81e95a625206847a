// Package strconv, as gosub provides it: conversions are native, errors are built here.
package strconv

import "errors"

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

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

func Quote(s string) string

func QuoteToASCII(s string) string

func QuoteRune(r rune) string

func QuoteRuneToASCII(r rune) string

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func IsPrint(r rune) bool

func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func QuoteToGraphic(s string) string

func QuoteRuneToGraphic(r rune) string

func CanBackquote(s string) bool

func IsGraphic(r rune) bool
