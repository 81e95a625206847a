package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("0123456789"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 3)
	r.Read(buf)
	fmt.Println(string(buf), r.Len())
	pos, _ := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	n, err := r.ReadAt(buf, 5)
	fmt.Println(n, err, string(buf))
	n, err = r.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	r.Reset([]byte("new"))
	b, _ := r.ReadByte()
	r.UnreadByte()
	all, _ := io.ReadAll(r)
	fmt.Println(string(b), string(all))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
}
