package main

import "fmt"

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func main() {
	res := Collect(MapChan(Generate(1, 2, 3, 4), func(i int) string {
		return fmt.Sprintf("<%d>", i*i)
	}))
	fmt.Println(res, len(res))
	words := Collect(Generate("a", "b"))
	fmt.Println(words)
}
