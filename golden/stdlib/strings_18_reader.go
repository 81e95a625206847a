package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	b, err := r.ReadByte()
	fmt.Println(b, err)
	err = r.UnreadByte()
	fmt.Println(err, r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%q %d\n", ch, size)
	pos, _ = r.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(pos, string(rest), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	pos, err = r.Seek(100, io.SeekStart)
	fmt.Println(pos, err, r.Len())

	at := make([]byte, 5)
	n, err = r.ReadAt(at, 7)
	fmt.Println(n, err, string(at[:n]))
	n, err = r.ReadAt(at, 12)
	fmt.Println(n, err, string(at[:n]))
	_, err = r.ReadAt(at, -1)
	fmt.Println(err)

	r.Reset("reset text\nline2\n")
	m, err := r.WriteTo(os.Stdout)
	fmt.Println(m, err, r.Len())

	r2 := strings.NewReader("abc")
	r2.ReadByte()
	var sb strings.Builder
	io.Copy(&sb, r2)
	fmt.Println(sb.String())
	fmt.Println(r2.UnreadRune())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 5)
	all, _ = io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
}
