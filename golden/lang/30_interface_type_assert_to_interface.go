package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadCloser struct {
	r *strings.Reader
}

func (rc ReadCloser) Read(p []byte) (int, error) { return rc.r.Read(p) }
func (rc ReadCloser) Close() error             { fmt.Println("closed"); return nil }

func consume(r io.Reader) {
	buf := make([]byte, 4)
	var sb strings.Builder
	for {
		n, err := r.Read(buf)
		sb.Write(buf[:n])
		if err == io.EOF {
			break
		}
	}
	fmt.Println("read:", sb.String())
	if c, ok := r.(io.Closer); ok {
		c.Close()
	} else {
		fmt.Println("not closable")
	}
	_, isWriter := r.(io.Writer)
	fmt.Println("writer?", isWriter)
}

func main() {
	consume(ReadCloser{strings.NewReader("hello world")})
	consume(strings.NewReader("plain"))
}
