package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type countingWriter struct {
	calls int
	sb    strings.Builder
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	return c.sb.Write(p)
}

func main() {
	cw := &countingWriter{}
	w := bufio.NewWriterSize(cw, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello")
	w.WriteByte(' ')
	w.WriteRune('ω')
	fmt.Println(w.Buffered(), w.Available(), cw.calls)
	fmt.Fprintf(w, " n=%d and some more text", 42)
	fmt.Println("after overflow:", cw.calls, w.Buffered())
	fmt.Println(w.Flush(), cw.calls, w.Buffered())
	fmt.Printf("%q\n", cw.sb.String())
	w.Write([]byte("0123456789abcdefXYZ"))
	fmt.Println(cw.calls, w.Buffered())
	w.Flush()
	fmt.Println(cw.calls, len(cw.sb.String()))

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(out, "buffered line %d\n", i)
	}
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), out)
	s, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + s)
}
