package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

// Is matches any StatusErr in the same hundred range.
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && t.Code/100 == e.Code/100
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

type wrapper struct {
	op  string
	err error
}

func (w *wrapper) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

func main() {
	e := fmt.Errorf("request: %w", StatusErr{404})
	fmt.Println(errors.Is(e, StatusErr{400}), errors.Is(e, StatusErr{500}))
	var se StatusErr
	fmt.Println(errors.As(e, &se), se.Code)

	w := &wrapper{"dial", &netErr{"timeout"}}
	var t Temporary
	if errors.As(w, &t) {
		fmt.Println("temporary:", t.Temporary(), t)
	}
	fmt.Println(w, errors.Unwrap(w))
	var ne *netErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", w), &ne), ne.msg)
}
