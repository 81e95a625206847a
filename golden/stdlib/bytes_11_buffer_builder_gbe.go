package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String(), b.Len(), b.Cap())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.String())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, sz, err := b.ReadRune()
	fmt.Println(r, sz, err, b.UnreadRune(), b.UnreadRune())
	bs, err := b.ReadBytes('x')
	fmt.Printf("%q %v\n", bs, err)
	n, err = b.Read(p)
	fmt.Println(n, err, b.Len())
	b.Reset()
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String(), b.Next(2), b.String())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	wt, err := io.Copy(os.Stdout, bytes.NewBufferString("copied\n"))
	fmt.Println(wt, err)
	nb := bytes.NewBuffer([]byte("xyz"))
	nb.WriteTo(os.Stdout)
	fmt.Println()
	rf, err := nb.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(rf, err, nb.String())
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('x')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	b.Truncate(100)
}
