package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }

// Is treats all codes in the same hundred as equal.
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t.code/100 == c.code/100
}

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

func main() {
	e := wrapper{"request", codeErr{404}}
	fmt.Println(e)
	fmt.Println(errors.Is(e, codeErr{400}), errors.Is(e, codeErr{500}), errors.Is(e, codeErr{404}))
	var ce codeErr
	if errors.As(e, &ce) {
		fmt.Println("as:", ce.code)
	}
	a := errors.New("same text")
	b := errors.New("same text")
	fmt.Println(a == b, errors.Is(a, b), a.Error() == b.Error())
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(a, nil), errors.Unwrap(a))
}
