package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 6)
	n, _ := buf.Read(p)
	fmt.Printf("%d %q %q\n", n, p[:n], buf.String())
	b, _ := buf.ReadByte()
	fmt.Printf("%c\n", b)
	buf.UnreadByte()
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF, buf.Len())
	b2 := bytes.NewBufferString("abc")
	b2.Truncate(1)
	fmt.Println(b2.String())
	b3 := bytes.NewBuffer([]byte("x,y,z"))
	tok, _ := b3.ReadBytes(',')
	fmt.Printf("%s|%s\n", tok, b3.Next(2))
	b3.Reset()
	fmt.Println(b3.Len(), b3.String() == "")
}
