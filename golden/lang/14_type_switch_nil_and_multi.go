package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func check(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "untyped nil"
	case *MyErr:
		if x == nil {
			return "typed nil *MyErr"
		}
		return "non-nil *MyErr"
	case int, string:
		return fmt.Sprintf("int or string: %v (%T)", x, x)
	case error:
		return "error: " + x.Error()
	}
	return "other"
}

func main() {
	var e *MyErr
	var err error = e
	fmt.Println(check(nil))
	fmt.Println(check(e))
	fmt.Println(check(err))
	fmt.Println(check(&MyErr{}))
	fmt.Println(check(5), "|", check("s"))
	fmt.Println(check(errors.New("x")))
	fmt.Println(check(1.5))
	fmt.Println(err == nil, err != nil)
}
