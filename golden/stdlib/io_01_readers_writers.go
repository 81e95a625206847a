package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func main() {
	n, err := io.Copy(upperWriter{os.Stdout}, strings.NewReader("shout this\n"))
	fmt.Println(n, err)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed data"), &log)
	io.ReadAll(tee)
	fmt.Println("log:", log.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2)
	fmt.Fprint(mw, "dup")
	fmt.Println(b1.String(), b2.String())
	cr := &countingReader{r: strings.NewReader("count these bytes")}
	io.Copy(io.Discard, cr)
	fmt.Println("counted", cr.n)
	sr := io.NewSectionReader(strings.NewReader("abcdefghij"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
	buf := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err)
	_, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(err)
	n2, _ := io.WriteString(os.Stdout, "written via WriteString\n")
	fmt.Println(n2)
}
