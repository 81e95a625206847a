package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	if !ok {
		return false
	}
	return t.Code == 0 || t.Code/100 == e.Code/100
}

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("request: %w", StatusErr{404})
	fmt.Println(errors.Is(err, StatusErr{400}))
	fmt.Println(errors.Is(err, StatusErr{500}))
	fmt.Println(errors.Is(err, StatusErr{}))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", netErr{}))
	var tmp Temporary
	if errors.As(wrapped, &tmp) {
		fmt.Println("temporary:", tmp.Temporary())
	}
	fmt.Println(wrapped)
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil))
}
