package main

import (
	"errors"
	"fmt"
	"time"
)

type MyError struct {
	When time.Duration
	What string
}

func (e *MyError) Error() string { return fmt.Sprintf("at %v, %s", e.When, e.What) }

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return &MyError{1500 * time.Millisecond, "it didn't work"}
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	if err := find(""); err != nil {
		fmt.Println(err)
		var me *MyError
		fmt.Println(errors.As(err, &me), me.What)
	}
	err := find("x")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
}
