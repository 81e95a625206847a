package main

import (
	"errors"
	"fmt"
)

type Code int

type Detail struct {
	Op  string
	Err error
}

func (d *Detail) Error() string { return d.Op + ": " + d.Err.Error() }
func (d *Detail) Unwrap() error { return d.Err }

var ErrBase = errors.New("base failure")

func run(v interface{}) (res string) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case nil:
			res = "no panic"
		case Code:
			res = fmt.Sprintf("code %d", int(x))
		case error:
			if errors.Is(x, ErrBase) {
				res = "base-wrapped: " + x.Error()
			} else {
				res = "error: " + x.Error()
			}
		case fmt.Stringer:
			res = "stringer " + x.String()
		default:
			res = fmt.Sprintf("value %v", x)
		}
	}()
	if v != nil {
		panic(v)
	}
	return "unreachable?"
}

func main() {
	fmt.Println(run(nil))
	fmt.Println(run(Code(7)))
	fmt.Println(run(&Detail{"read", ErrBase}))
	fmt.Println(run(errors.New("other")))
	fmt.Println(run([]int{1, 2}))
	fmt.Println(run(3.5))
}
