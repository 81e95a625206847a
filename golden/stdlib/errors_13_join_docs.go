// errors.Join is Go 1.20: output derived from the errors package docs (newline-joined texts, nil when all nil).
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	a := errors.New("first")
	b := errors.New("second")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, io.EOF))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	u, ok := j.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()), errors.Unwrap(j) == nil)
	w := fmt.Errorf("ctx: %w", errors.Join(io.EOF, errors.New("other")))
	fmt.Println(w, errors.Is(w, io.EOF))
	fmt.Printf("%T\n", j)
}
