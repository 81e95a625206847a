package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Peek() int { return c.n }

type Wrapper struct{ Counter }

func main() {
	var c Counter
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	peek := c.Peek
	c.Inc()
	fmt.Println(peek(), c.Peek())
	w := Wrapper{}
	wi := w.Inc
	wi()
	fmt.Println(w.n, w.Counter.Peek())
	cs := []Counter{{}, {}}
	for i := range cs {
		f := cs[i].Inc
		f()
		f()
	}
	fmt.Println(cs)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, (&Counter{n: i * 10}).Inc)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
