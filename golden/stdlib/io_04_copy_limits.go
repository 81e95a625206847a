package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("The quick brown fox")
	var dst bytes.Buffer
	n, err := io.CopyN(&dst, src, 9)
	fmt.Println(n, err, dst.String())
	n, err = io.CopyN(&dst, src, 100)
	fmt.Println(n, err, dst.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%s\n", b)

	buf := make([]byte, 6)
	k, err := io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdefgh"), buf, 2)
	fmt.Println(k, err, string(buf[:k]))
	_, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:1], 2)
	fmt.Println(err)

	var small bytes.Buffer
	m, err := io.CopyBuffer(&small, strings.NewReader("buffered copy"), make([]byte, 3))
	fmt.Println(m, err, small.String())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrClosedPipe)
}
