package main

import (
	"fmt"
	"io"
	"strings"
)

// upper is an io.Writer that upper-cases ASCII before passing bytes on.
type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, c := range p {
		if 'a' <= c && c <= 'z' {
			c -= 32
		}
		q[i] = c
	}
	return u.w.Write(q)
}

// countdown is an io.Reader yielding "n n-1 ... 1 " a few bytes at a time.
type countdown struct {
	n   int
	buf string
}

func (c *countdown) Read(p []byte) (int, error) {
	if c.buf == "" {
		if c.n == 0 {
			return 0, io.EOF
		}
		c.buf = fmt.Sprint(c.n, " ")
		c.n--
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

func main() {
	var sb strings.Builder
	fmt.Fprintf(upper{&sb}, "hello %s, %d!\n", "gopher", 42)
	fmt.Print(sb.String())

	data, err := io.ReadAll(&countdown{n: 12})
	fmt.Printf("%q %v\n", data, err)

	var out strings.Builder
	n, err := io.Copy(upper{&out}, &countdown{n: 3})
	fmt.Println(n, err, out.String())
}
