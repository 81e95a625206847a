package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	n, err := b.WriteString("héllo")
	fmt.Println(n, err, b.Len())
	err = b.WriteByte(' ')
	fmt.Println(err)
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	n, _ = b.WriteRune(0x1F600)
	fmt.Println(n)
	n, _ = b.WriteRune(-1)
	fmt.Println(n)
	n, _ = b.Write([]byte{'!', '?'})
	fmt.Println(n, b.Len(), b.String())
	fmt.Fprintf(&b, "[%03d]", 7)
	io.WriteString(&b, "<io>")
	fmt.Printf("%q\n", b.String())
	s1 := b.String()
	b.WriteString("more")
	fmt.Println(s1 != b.String(), strings.HasPrefix(b.String(), s1))
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")

	var csv strings.Builder
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"pear", "10"}}
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				csv.WriteByte(',')
			}
			csv.WriteString(c)
		}
		csv.WriteByte('\n')
	}
	fmt.Print(csv.String())

	var big strings.Builder
	for i := 0; i < 1000; i++ {
		big.WriteByte(byte('a' + i%26))
	}
	fmt.Println(big.Len(), big.String()[990:], strings.Count(big.String(), "xyz"))

	var w io.Writer = &big
	_, isSW := w.(io.StringWriter)
	_, isBW := w.(io.ByteWriter)
	fmt.Println(isSW, isBW)
}
