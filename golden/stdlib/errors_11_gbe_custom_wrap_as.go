package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type MyErr struct{ Code int }

func (m MyErr) Error() string { return "code " + strconv.Itoa(m.Code) }

func main() {
	for i := range []int{0, 1, 2, 3, 4} {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", MyErr{7}))
	var me MyErr
	fmt.Println(errors.As(w, &me), me.Code, w)
	fmt.Println(errors.Unwrap(w), errors.Unwrap(errors.Unwrap(errors.Unwrap(w))))
	fmt.Printf("%v|%s|%q|%+v|%#v\n", w, w, w, ErrOutOfTea, ErrOutOfTea)
	fmt.Printf("%T %T %T\n", w, ErrOutOfTea, errors.New("x"))
	_, err = os.Open("/no/such/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Printf("%T\n", err)
	fmt.Println(fmt.Errorf("no wrap %v", io.EOF), errors.Unwrap(fmt.Errorf("no wrap %v", io.EOF)))
	fmt.Println(fmt.Errorf("bad %w", "string"), fmt.Errorf("nil %w", nil))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(nil, nil), errors.Is(e1, nil))
	var target *argError
	fmt.Println(errors.As(io.EOF, &target), target)
}
