package main

import (
	"errors"
	"fmt"
)

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(errors.New("bad digit " + string(c)))
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func multi() (s string) {
	defer func() { s += "-d1" }()
	defer func() { s += "-d2" }()
	s = "body"
	return s + "-ret"
}

func main() {
	fmt.Println(parse("123"))
	fmt.Println(parse("12x4"))
	fmt.Println(multi())
}
