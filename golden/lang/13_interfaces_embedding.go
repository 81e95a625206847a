package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func fill(w Writer, n int) {
	for i := 0; i < n; i++ {
		w.Write(fmt.Sprint("item", i))
	}
}

func main() {
	var rw ReadWriter = &Buffer{}
	fill(rw, 3)
	var r Reader = rw
	fmt.Println(r.Read(), r.Read())
	fmt.Println(rw.Read(), rw.Read())
	_, isW := r.(Writer)
	fmt.Println(isW)
}
