package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return "invalid " + e.Field + ": " + strconv.Itoa(e.Value)
}

type NotFound string

func (n NotFound) Error() string { return string(n) + " not found" }

type TempErr struct{ retries int }

func (t *TempErr) Error() string   { return fmt.Sprintf("temporary (retries=%d)", t.retries) }
func (t *TempErr) Temporary() bool { return true }

func find(key string) error {
	switch key {
	case "age":
		return ValidationError{"age", -3}
	case "x":
		return NotFound("x")
	case "net":
		return fmt.Errorf("dial: %w", &TempErr{3})
	}
	return nil
}

func main() {
	for _, k := range []string{"age", "x", "net", "ok"} {
		err := find(k)
		var ve ValidationError
		var nf NotFound
		var te *TempErr
		switch {
		case err == nil:
			fmt.Println(k, "ok")
		case errors.As(err, &ve):
			fmt.Println(k, "validation", ve.Field, ve.Value)
		case errors.As(err, &nf):
			fmt.Println(k, "notfound", string(nf), err)
		case errors.As(err, &te):
			fmt.Println(k, "temp", te.retries, err)
		}
		var tmp interface{ Temporary() bool }
		fmt.Println("  temporary:", errors.As(err, &tmp))
	}
	fmt.Println(errors.Is(find("x"), NotFound("x")), errors.Is(find("x"), NotFound("y")))
}
