package main

import (
	"errors"
	"fmt"
)

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
}

func main() {
	a := Async(func() (int, error) { return 6 * 7, nil })
	b := Async(func() (string, error) { return "", errors.New("lookup failed") })
	c := Async(func() ([]int, error) {
		s := []int{}
		for i := 0; i < 5; i++ {
			s = append(s, i*i)
		}
		return s, nil
	})
	fmt.Println(a.Await())
	fmt.Println(b.Await())
	fmt.Println(c.Await())
	fmt.Println(a.Await())
}
