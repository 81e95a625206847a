package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789ABCDEFGHIJ")
	s := io.NewSectionReader(src, 5, 8)
	fmt.Println(s.Size())
	all, err := io.ReadAll(s)
	fmt.Printf("%q %v\n", all, err)
	buf := make([]byte, 4)
	n, err := s.ReadAt(buf, 2)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = s.ReadAt(buf, 6)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	pos, err := s.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = s.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	pos, err = s.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = s.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err)
	n, _ = s.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	_, err = s.Seek(-1, io.SeekStart)
	fmt.Println(err)

	r := strings.NewReader("seekable")
	r.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %d\n", rest, r.Len())
	b := make([]byte, 3)
	n, err = r.ReadAt(b, 0)
	fmt.Printf("%d %q %v\n", n, b, err)
}
