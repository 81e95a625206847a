package main

import (
	"bytes"
	"fmt"
	"io"
)

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

type oneByteReader struct{ s []byte }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	// Bytes aliases the buffer: a later write within capacity shows through.
	var b bytes.Buffer
	b.WriteString("hello")
	view := b.Bytes()
	b.WriteString("!!")
	view = view[:cap(view)]
	fmt.Printf("%q %d\n", view[:7], cap(view))

	// An emptied buffer with room at the end: the write goes after the old data, and only a
	// later growth starts over.
	e := bytes.NewBuffer(make([]byte, 0, 16))
	e.WriteString("abcdefgh")
	p := make([]byte, 8)
	e.Read(p)
	before := e.Bytes()
	e.WriteString("XY")
	fmt.Printf("%q %d %q\n", e.String(), e.Cap(), before[:cap(before)][:2])
	e.Read(p[:2])
	e.Grow(0) // emptied: Grow starts over at 0
	e.WriteString("Z")
	fmt.Printf("%q %d\n", e.String(), e.Cap())

	// Slide instead of grow.
	s := bytes.NewBuffer(make([]byte, 0, 64))
	s.Write(make([]byte, 60))
	s.Next(50)
	s.WriteString("0123456789abcdefghij")
	fmt.Println(s.Len(), s.Cap())
	s.Next(25)
	s.WriteString(string(make([]byte, 40)))
	fmt.Println(s.Len(), s.Cap())

	// Unread after operations that reset or fail.
	u := bytes.NewBufferString("ab")
	u.ReadByte()
	u.ReadByte()
	u.Grow(1)
	fmt.Println(u.UnreadByte())
	u.WriteString("cd")
	u.ReadRune()
	u.Truncate(1)
	fmt.Println(u.UnreadRune(), u.UnreadByte())
	u.ReadRune()
	var nothing [0]byte
	u.Read(nothing[:])
	fmt.Println(u.UnreadByte())
	u.WriteString("x")
	u.Next(1)
	fmt.Println(u.UnreadRune(), u.UnreadByte(), u.String())
	u.Next(0)
	fmt.Println(u.UnreadByte())

	var rf bytes.Buffer
	n, err := rf.ReadFrom(&oneByteReader{s: []byte("slowly")})
	fmt.Println(n, err, rf.String(), rf.Cap())
	rf.WriteRune(-1)
	rf.WriteRune(0x10FFFF + 1)
	rf.WriteRune('é')
	fmt.Printf("%q %d\n", rf.String(), rf.Cap())

	try("negative read", func() { var t bytes.Buffer; t.ReadFrom(negReader{}) })
	try("buffer liar", func() { t := bytes.NewBufferString("abc"); t.WriteTo(liarWriter{}) })
	try("reader liar", func() { bytes.NewReader([]byte("abc")).WriteTo(liarWriter{}) })

	w := bytes.NewBuffer(nil)
	fmt.Fprintf(w, "%d-%s", 42, "x")
	line, err := w.ReadBytes('-')
	fmt.Printf("%q %v %q\n", line, err, w.String())
	line[0] = 'Z' // ReadBytes copies
	w.Reset()
	fmt.Println(w.Len(), w.Cap())
}
