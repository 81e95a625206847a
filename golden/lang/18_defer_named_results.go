package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func bare() (a, b string) {
	defer func() { b = "deferred-b" }()
	a = "A"
	b = "B"
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(wrapErr())
	fmt.Println(counter())
	fmt.Println(bare())
}
