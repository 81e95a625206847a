package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// lineCounter counts lines written to it and implements io.ReaderFrom.
type lineCounter struct {
	lines int
	bytes int64
	calls int
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.calls++
	c.lines += bytes.Count(p, []byte("\n"))
	c.bytes += int64(len(p))
	return len(p), nil
}

func (c *lineCounter) ReadFrom(r io.Reader) (int64, error) {
	c.calls = -100 // marks that Copy used ReadFrom
	data, err := io.ReadAll(r)
	c.Write(data)
	return int64(len(data)), err
}

func main() {
	c := &lineCounter{}
	n, err := io.Copy(c, strings.NewReader("a\nb\nc\n"))
	fmt.Println(n, err, c.lines, c.bytes, c.calls)

	var buf bytes.Buffer
	buf.WriteString("written by WriterTo\n")
	var sb strings.Builder
	m, err := buf.WriteTo(&sb)
	fmt.Println(m, err, sb.String() == "written by WriterTo\n", buf.Len())

	r := strings.NewReader("string reader to writer")
	var out bytes.Buffer
	k, _ := r.WriteTo(&out)
	fmt.Println(k, out.String())

	var rw io.ReadWriter = &bytes.Buffer{}
	io.WriteString(rw, "round trip")
	got, _ := io.ReadAll(rw)
	fmt.Println(string(got))
}
