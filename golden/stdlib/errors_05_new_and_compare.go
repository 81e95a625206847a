package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	v, err := find(m, "a")
	fmt.Println(v, err, err == nil)
	_, err = find(m, "b")
	fmt.Println(err, err == ErrNotFound, errors.Is(err, ErrNotFound))

	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	fmt.Printf("%T\n", e1)
	var nilErr error
	fmt.Println(nilErr, errors.Is(nilErr, nil), errors.Is(e1, nil), errors.Unwrap(e1) == nil)
}
