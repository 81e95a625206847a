package main

import (
	"errors"
	"fmt"
)

var (
	errA = errors.New("first failure")
	errB = errors.New("second failure")
)

func main() {
	j := errors.Join(errA, nil, errB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, errA), errors.Is(j, errB))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("wrapped: %w", j)
	fmt.Println(w, errors.Is(w, errB))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Unwrap(j) == nil)
	two := fmt.Errorf("%w and %w", errA, errB)
	fmt.Println(two, errors.Is(two, errA), errors.Is(two, errB))
}
