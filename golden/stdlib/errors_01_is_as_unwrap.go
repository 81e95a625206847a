package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	return fmt.Errorf("lookup failed: %w", &QueryError{q, ErrNotFound})
}

func main() {
	err := lookup("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound))
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, errors.Is(e1, e2))
	_, ferr := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(ferr, fs.ErrNotExist), errors.Is(ferr, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(ferr, &pe), pe.Op, pe.Path)
	noWrap := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(noWrap, ErrNotFound))
}
