package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	r := strings.NewReader("hello reader")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 5)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	n, err = r.Read(buf)
	fmt.Println(n, err)
	r.Seek(6, io.SeekStart)
	c, _ := r.ReadByte()
	fmt.Println(string(c))
	ru, size, _ := strings.NewReader("世界").ReadRune()
	fmt.Println(string(ru), size)
}
