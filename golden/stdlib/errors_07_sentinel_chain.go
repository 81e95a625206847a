package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrEmpty = errors.New("empty input")

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func parse(s string) error {
	if s == "" {
		return &OpError{"parse", ErrEmpty}
	}
	if s == "eof" {
		return &OpError{"read", fmt.Errorf("line 3: %w", io.ErrUnexpectedEOF)}
	}
	return nil
}

func main() {
	err := fmt.Errorf("load config: %w", parse(""))
	fmt.Println(err)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, io.EOF))
	err2 := parse("eof")
	fmt.Println(err2, errors.Is(err2, io.ErrUnexpectedEOF))
	var op *OpError
	fmt.Println(errors.As(err2, &op), op.Op)
	_, err3 := os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err3, fs.ErrNotExist), errors.Is(err3, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err3, &pe), pe.Op, pe.Path)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrEmpty) != nil, errors.Unwrap(fmt.Errorf("no wrap: %v", ErrEmpty)) == nil)
}
