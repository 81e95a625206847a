package main

import "fmt"

type Container[T any] struct {
	items []T
}

func (c *Container[T]) Add(xs ...T) { c.items = append(c.items, xs...) }
func (c Container[T]) Len() int     { return len(c.items) }

type Named[T any] struct {
	Container[T]
	Name string
}

type Number interface{ ~int | ~float64 }

func SumOf[T Number](c Container[T]) T {
	var s T
	for _, v := range c.items {
		s += v
	}
	return s
}

type Opt[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.valid {
		return o.v
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func main() {
	n := Named[int]{Name: "ints"}
	n.Add(1, 2, 3)
	fmt.Println(n.Name, n.Len(), SumOf(n.Container))
	f := Container[float64]{}
	f.Add(0.5, 0.25)
	fmt.Println(SumOf(f))
	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[int]().OrElse(7))
	opts := []Opt[int]{Some(1), None[int]()}
	fmt.Println(opts)
}
