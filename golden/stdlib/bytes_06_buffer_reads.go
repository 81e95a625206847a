package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.WriteString("line one\nline two\nthird")
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	line, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	b.Reset()
	b.Write([]byte("héllo"))
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	r, size, _ = b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune())
	c, _ := b.ReadByte()
	fmt.Println(c, b.UnreadByte(), b.Len())
	next := b.Next(3)
	fmt.Printf("%q %q\n", next, b.Bytes())
	fmt.Println(b.UnreadByte())

	b.Reset()
	fmt.Fprintf(&b, "%d-%d", 1, 2)
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len(), b.Cap() >= b.Len())
	b.Truncate(3)
	fmt.Println(b.String())
	p := make([]byte, 10)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)

	b2 := bytes.NewBufferString("from string")
	n64, err := b2.WriteTo(&b)
	fmt.Println(n64, err, b.String(), b2.Len())
	n64, err = b.ReadFrom(strings.NewReader(" + reader"))
	fmt.Println(n64, err, b.String())
	b3 := bytes.NewBuffer([]byte("abc"))
	all, _ := io.ReadAll(b3)
	fmt.Println(string(all), b3.Len(), b3.String() == "")
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	b.Grow(100)
	fmt.Println(b.Cap()-b.Len() >= 100)
}
