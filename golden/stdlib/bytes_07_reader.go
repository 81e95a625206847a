package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bytes.NewReader([]byte("0123456789"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Println(n, err, string(p), r.Len())
	off, err := r.Seek(-2, io.SeekCurrent)
	fmt.Println(off, err)
	b, _ := r.ReadByte()
	fmt.Println(string(b))
	n, err = r.ReadAt(p, 8)
	fmt.Println(n, err, string(p[:n]))
	off, _ = r.Seek(0, io.SeekEnd)
	n, err = r.Read(p)
	fmt.Println(off, n, err)
	r.Reset([]byte("ünïcode\n"))
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadRune(), r.Len())
	w, err := r.WriteTo(os.Stdout)
	fmt.Println(w, err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	var sec bytes.Buffer
	io.Copy(&sec, io.NewSectionReader(bytes.NewReader([]byte("abcdefgh")), 2, 4))
	fmt.Println(sec.String())
	mr := io.MultiReader(bytes.NewReader([]byte("ab")), bytes.NewReader([]byte("cd")))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
}
