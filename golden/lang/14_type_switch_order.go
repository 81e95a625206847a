package main

import (
	"errors"
	"fmt"
)

type Named interface{ Name() string }
type T struct{}

func (T) Name() string  { return "T" }
func (T) Error() string { return "T-error" }

func first(v interface{}) string {
	switch v.(type) {
	case error:
		return "error"
	case Named:
		return "named"
	}
	return "none"
}

func second(v interface{}) string {
	switch v.(type) {
	case Named:
		return "named"
	case error:
		return "error"
	}
	return "none"
}

func main() {
	fmt.Println(first(T{}), second(T{}))
	fmt.Println(first(errors.New("x")), second(errors.New("x")))
	fmt.Println(first(1), second(nil))
	var v interface{} = 3
	switch x := v.(type) {
	case int:
		x += 10
		fmt.Println("int", x)
	}
	switch v := v.(type) {
	default:
		fmt.Printf("default %T\n", v)
	case string:
		fmt.Println("string")
	}
}
