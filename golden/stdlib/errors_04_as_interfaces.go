package main

import (
	"errors"
	"fmt"
)

type Coded interface {
	error
	Code() int
}

type httpErr struct {
	code int
	msg  string
}

func (e *httpErr) Error() string { return fmt.Sprintf("%d %s", e.code, e.msg) }
func (e *httpErr) Code() int     { return e.code }

type valErr struct{ field string }

func (e valErr) Error() string { return "invalid " + e.field }

func classify(err error) string {
	var c Coded
	var v valErr
	var pv *valErr
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &c):
		return fmt.Sprint("coded ", c.Code())
	case errors.As(err, &v):
		return "value valErr " + v.field
	case errors.As(err, &pv):
		return "pointer valErr " + pv.field
	}
	return "unknown: " + err.Error()
}

func main() {
	errs := []error{
		nil,
		&httpErr{404, "not found"},
		fmt.Errorf("wrapped: %w", &httpErr{500, "boom"}),
		valErr{"email"},
		fmt.Errorf("ctx: %w", valErr{"age"}),
		&valErr{"ptr"},
		errors.New("plain"),
	}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
}
