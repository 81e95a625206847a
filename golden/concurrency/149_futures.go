package main

import (
	"errors"
	"fmt"
)

type Future[T any] struct {
	ch  chan struct{}
	val T
	err error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{ch: make(chan struct{})}
	go func() {
		defer close(fu.ch)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.ch
	return f.val, f.err
}

func main() {
	a := Async(func() (int, error) { return 6 * 7, nil })
	b := Async(func() (string, error) { return "", errors.New("not found") })
	c := Async(func() ([]int, error) { return []int{1, 2, 3}, nil })
	fmt.Println(a.Await())
	fmt.Println(b.Await())
	fmt.Println(c.Await())
	fmt.Println(a.Await())
}
