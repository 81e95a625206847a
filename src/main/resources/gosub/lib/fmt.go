// Package fmt, as gosub provides it: formatting is native, the rest is Go.
package fmt

import (
	"errors"
	"io"
	"os"
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
