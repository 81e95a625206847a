package main

import (
	"fmt"
	"io"
)

// upperReader yields the bytes of s upper-cased, at most 3 at a time.
type upperReader struct {
	s   string
	pos int
}

func (u *upperReader) Read(p []byte) (int, error) {
	if u.pos >= len(u.s) {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && n < 3 && u.pos < len(u.s) {
		c := u.s[u.pos]
		if 'a' <= c && c <= 'z' {
			c -= 32
		}
		p[n] = c
		n++
		u.pos++
	}
	return n, nil
}

type lineCounter struct {
	lines, bytes int
}

func (l *lineCounter) Write(p []byte) (int, error) {
	l.bytes += len(p)
	for _, b := range p {
		if b == '\n' {
			l.lines++
		}
	}
	return len(p), nil
}

func main() {
	data, err := io.ReadAll(&upperReader{s: "hello, io package\nsecond line\n"})
	fmt.Printf("%q %v\n", data, err)

	lc := &lineCounter{}
	n, err := io.Copy(lc, &upperReader{s: "a\nb\nc\nd"})
	fmt.Println(n, err, lc.lines, lc.bytes)

	buf := make([]byte, 5)
	r := &upperReader{s: "abcdefgh"}
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	full := make([]byte, 6)
	n2, err := io.ReadFull(&upperReader{s: "abcdefgh"}, full)
	fmt.Printf("%d %q %v\n", n2, full, err)
	n2, err = io.ReadFull(&upperReader{s: "abc"}, full)
	fmt.Println(n2, err)
	n2, err = io.ReadFull(&upperReader{s: ""}, full)
	fmt.Println(n2, err)
	n2, err = io.ReadAtLeast(&upperReader{s: "abcdef"}, full, 4)
	fmt.Println(n2, err)
	var w io.Writer = lc
	io.WriteString(w, "x\ny\n")
	fmt.Println(lc.lines, lc.bytes)
}
