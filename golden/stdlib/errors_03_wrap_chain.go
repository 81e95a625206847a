package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func layer(n int) error {
	if n == 0 {
		return ErrBase
	}
	if n%2 == 0 {
		return &OpError{fmt.Sprint("op", n), layer(n - 1)}
	}
	return fmt.Errorf("layer %d: %w", n, layer(n-1))
}

func main() {
	err := layer(5)
	fmt.Println(err)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		_, isOp := e.(*OpError)
		fmt.Printf("%d %v %v\n", depth, isOp, e)
		depth++
	}
	fmt.Println(errors.Is(err, ErrBase))
	var op *OpError
	fmt.Println(errors.As(err, &op), op.Op)
	v := fmt.Errorf("verb v: %v", ErrBase)
	fmt.Println(errors.Unwrap(v) == nil)
}
