// expected output derived from the spec (Go 1.19 oracle predates this feature)

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

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", errors.Join(ErrC).Error())
	multi := fmt.Errorf("both: %w and %w", ErrA, CodeErr{7})
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrA), errors.Unwrap(multi) == nil)
	var ce CodeErr
	fmt.Println(errors.As(multi, &ce), ce.Code)
	nested := errors.Join(fmt.Errorf("ctx: %w", ErrC), j)
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrB))
	if u, ok := nested.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
