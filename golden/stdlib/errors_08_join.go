package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println("---")
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(errors.Is(w, ErrB))
	fmt.Printf("%q\n", w.Error())
	nested := errors.Join(ErrC, j)
	fmt.Printf("%q\n", nested.Error())
	fmt.Println(errors.Unwrap(j) == nil)
}
