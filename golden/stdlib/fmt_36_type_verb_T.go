package main

import (
	"errors"
	"fmt"
	"strings"
)

type Num int
type Gen[T any] struct{ v T }
type Fn func(string) (int, error)

func main() {
	var rc <-chan string
	vals := []any{1, int8(1), uint64(1), 1.5, float32(1), 1i, complex64(1i), "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]bool{}, struct{ A int }{}, &struct{}{}, Num(1), &[]Num{},
		Gen[int]{1}, Gen[string]{}, errors.New("e"), fmt.Errorf("w %w", errors.New("x")), Fn(nil),
		func(int, ...string) bool { return false }, make(chan int), rc, make(chan<- bool),
		strings.NewReader(""), &strings.Builder{}, []any{}, []error{}, map[Num]*Gen[Num]{}}
	for _, v := range vals {
		fmt.Printf("%T|%10T|%-10T|\n", v, v, v)
	}
	fmt.Printf("%T %T\n", fmt.Printf, main)
}
