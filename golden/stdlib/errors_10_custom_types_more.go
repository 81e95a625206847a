package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func parse(s string) error {
	switch s {
	case "bad":
		return &ParseError{3, "unexpected token"}
	case "code":
		return Code(42)
	}
	return nil
}

func main() {
	for _, in := range []string{"ok", "bad", "code"} {
		err := parse(in)
		if err == nil {
			fmt.Println(in, "-> ok")
			continue
		}
		var pe *ParseError
		var c Code
		switch {
		case errors.As(err, &pe):
			fmt.Println(in, "-> parse error at line", pe.Line, "msg", pe.Msg)
		case errors.As(err, &c):
			fmt.Println(in, "-> code", int(c), c)
		}
		fmt.Printf("%v / %T\n", err, err)
	}
	// A typed nil pointer in an error interface is not nil.
	var pe *ParseError
	var err error = pe
	fmt.Println(pe == nil, err == nil)
}
