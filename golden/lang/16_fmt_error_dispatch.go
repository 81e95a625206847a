package main

import (
	"errors"
	"fmt"
)

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }
func (GoStr) String() string   { return "gostr" }

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	var err error = CodeErr{404}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%+v %#v\n", err, err)
	wrapped := fmt.Errorf("fetch: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.New("plain"))
	fmt.Printf("%v %#v\n", GoStr{}, GoStr{})
	fmt.Println([]error{CodeErr{1}, nil})
}
