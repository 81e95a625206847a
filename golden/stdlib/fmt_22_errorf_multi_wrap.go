package main

import (
	"errors"
	"fmt"
	"io"
)

// Go 1.20+: Errorf with several %w wraps all of their operands.

var (
	errA = errors.New("A")
	errB = errors.New("B")
	errC = errors.New("C")
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	e := fmt.Errorf("both: %w and %w", errA, errB)
	fmt.Println(e)
	fmt.Printf("%T\n", e)
	fmt.Println(errors.Is(e, errA), errors.Is(e, errB), errors.Is(e, errC))
	fmt.Println(errors.Unwrap(e) == nil)
	u, ok := e.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()), u.Unwrap()[0] == errA, u.Unwrap()[1] == errB)

	// reordered operands: the wrapped errors come in argument order
	r := fmt.Errorf("%[2]w then %[1]w", errA, errB)
	fmt.Println(r)
	list := r.(interface{ Unwrap() []error }).Unwrap()
	fmt.Println(list[0] == errA, list[1] == errB)

	// non-error operands are printed but not wrapped
	m := fmt.Errorf("%w %w %w", errC, "text", codeErr{7})
	fmt.Println(m)
	list = m.(interface{ Unwrap() []error }).Unwrap()
	fmt.Println(len(list), list[0], list[1])
	var ce codeErr
	fmt.Println(errors.As(m, &ce), ce.code)

	// nested: a multi-wrap inside a single wrap
	outer := fmt.Errorf("outer: %w", fmt.Errorf("%w; %w", io.EOF, errA))
	fmt.Println(outer)
	fmt.Println(errors.Is(outer, io.EOF), errors.Is(outer, errA), errors.Is(outer, errB))
	fmt.Printf("%T %T\n", outer, errors.Unwrap(outer))
}
