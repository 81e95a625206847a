package main

import (
	"errors"
	"fmt"
)

func f() {
	defer func() {
		fmt.Println("final recover:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func helperRecover() interface{} {
	return recover()
}

func g() {
	defer func() {
		r := helperRecover()
		fmt.Println("helper recover got:", r)
		fmt.Println("direct recover got:", recover())
	}()
	panic("g-panic")
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

func h() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	panic(MyErr{7})
}

func main() {
	f()
	g()
	err := h()
	var me MyErr
	fmt.Println(err, errors.As(err, &me), me.code)
}
