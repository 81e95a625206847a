// errors.AsType is Go 1.26 (not in the 1.19 oracle): outputs derived from the errors docs.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Alias struct{}

func (Alias) Error() string { return "alias" }

// As lets an Alias stand for CodeErr 99.
func (Alias) As(target any) bool {
	if p, ok := target.(*CodeErr); ok {
		*p = CodeErr{99}
		return true
	}
	return false
}

func main() {
	_, err := os.Open("no-such-file.txt")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path, pe.Err)
	}
	w := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", CodeErr{7}))
	ce, ok := errors.AsType[CodeErr](w)
	fmt.Println(ce, ok, ce.Code)
	ce, ok = errors.AsType[CodeErr](Alias{})
	fmt.Println(ce, ok)
	ce, ok = errors.AsType[CodeErr](nil)
	fmt.Println(ce, ok)
	j := errors.Join(errors.New("a"), fmt.Errorf("b: %w", CodeErr{3}))
	ce, ok = errors.AsType[CodeErr](j)
	fmt.Println(ce, ok)
	_, ok = errors.AsType[*fs.PathError](j)
	fmt.Println(ok)
}
