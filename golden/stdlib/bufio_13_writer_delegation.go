package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// sw logs Write and WriteString calls separately.
type sw struct {
	log []string
	sb  strings.Builder
}

func (w *sw) Write(p []byte) (int, error) {
	w.log = append(w.log, fmt.Sprint("W", len(p)))
	return w.sb.Write(p)
}

func (w *sw) WriteString(s string) (int, error) {
	w.log = append(w.log, fmt.Sprint("S", len(s)))
	return w.sb.WriteString(s)
}

// rfErr's ReadFrom fails; the bufio.Writer keeps that error.
type rfErr struct{ calls int }

func (w *rfErr) Write(p []byte) (int, error) { w.calls++; return len(p), nil }
func (w *rfErr) ReadFrom(r io.Reader) (int64, error) {
	return 2, errors.New("rf failed")
}

func main() {
	d := &sw{}
	w := bufio.NewWriterSize(d, 16)
	w.WriteString("0123456789")
	n, err := w.WriteString("abcdefghijklmnopqrstuvwxyz0123456789")
	fmt.Println(n, err, w.Buffered(), d.log)
	w.Flush()
	n, err = w.WriteString("ABCDEFGHIJKLMNOPQRST")
	fmt.Println(n, err, w.Buffered(), d.log)
	n, err = w.Write([]byte("ABCDEFGHIJKLMNOPQRST"))
	fmt.Println(n, err, w.Buffered(), d.log)
	w.Flush()
	fmt.Println(w.WriteRune('é'))
	fmt.Println(w.Buffered())
	w.Flush()
	fmt.Println(d.log, len(d.sb.String()))

	rw := bufio.NewWriterSize(&rfErr{}, 16)
	m, err := rw.ReadFrom(strings.NewReader("abc"))
	fmt.Println(m, err)
	fmt.Println(rw.WriteString("x"))
	fmt.Println(rw.Flush())

	r := bufio.NewReader(strings.NewReader("abc"))
	r.ReadByte()
	var sb strings.Builder
	r.WriteTo(&sb)
	fmt.Println(sb.String(), r.UnreadByte())
}
