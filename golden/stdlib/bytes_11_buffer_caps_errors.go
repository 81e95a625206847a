package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader hands out its data a few bytes at a time.
type chunkReader struct {
	data []byte
	k    int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := c.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

type failReader struct{}

func (failReader) Read(p []byte) (int, error) { return 2, errors.New("boom") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type errW struct{}

func (errW) Write(p []byte) (int, error) { return 1, errors.New("wfail") }

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
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Bytes() == nil)
	sizes := []int{1, 5, 30, 40, 1, 100, 3, 200, 500, 1, 1000, 2000, 7, 4096, 10000}
	for _, n := range sizes {
		b.Write(bytes.Repeat([]byte{'x'}, n))
		fmt.Print(b.Len(), "/", b.Cap(), " ")
	}
	fmt.Println()
	var s bytes.Buffer
	for i := 0; i < 300; i++ {
		s.WriteByte('a')
		if i%17 == 0 {
			fmt.Print(s.Cap(), " ")
		}
	}
	fmt.Println()
	var r bytes.Buffer
	for i := 0; i < 100; i++ {
		r.WriteRune('世')
		if i%9 == 0 {
			fmt.Print(r.Cap(), " ")
		}
	}
	fmt.Println()
	var ws bytes.Buffer
	for i := 0; i < 40; i++ {
		ws.WriteString(strings.Repeat("q", i))
		fmt.Print(ws.Cap(), " ")
	}
	fmt.Println()

	// Reads then writes: the buffer slides data down instead of growing.
	var rw bytes.Buffer
	rw.WriteString(strings.Repeat("0123456789", 10))
	fmt.Println(rw.Len(), rw.Cap())
	p := make([]byte, 90)
	rw.Read(p)
	rw.WriteString(strings.Repeat("z", 50))
	fmt.Println(rw.Len(), rw.Cap())
	rw.Read(make([]byte, 55))
	rw.Grow(100)
	fmt.Println(rw.Len(), rw.Cap(), rw.String())
	rw.Grow(1000)
	fmt.Println(rw.Len(), rw.Cap())
	rw.Reset()
	fmt.Println(rw.Len(), rw.Cap())
	rw.Read(p) // empty buffer resets
	fmt.Println(rw.Len(), rw.Cap())

	for _, g := range []int{0, 1, 63, 64, 65, 100, 1000, 5000} {
		var gb bytes.Buffer
		gb.Grow(g)
		fmt.Print(g, ":", gb.Cap(), " ")
		gb.WriteString("abc")
		gb.Grow(g)
		fmt.Print(gb.Cap(), " ")
	}
	fmt.Println()

	nb := bytes.NewBuffer(make([]byte, 3, 10))
	fmt.Println(nb.Len(), nb.Cap())
	nb.WriteString("12345678")
	fmt.Println(nb.Len(), nb.Cap())
	nbs := bytes.NewBufferString("hello")
	fmt.Println(nbs.Len(), nbs.Cap() >= 5)
	nbs.WriteString(" world, this is longer")
	fmt.Println(nbs.Len(), nbs.Cap(), nbs.String())

	// ReadFrom growth.
	for _, n := range []int{0, 10, 511, 512, 513, 3000, 70000} {
		var fb bytes.Buffer
		m, err := fb.ReadFrom(&chunkReader{data: bytes.Repeat([]byte{'r'}, n), k: 700})
		fmt.Print(n, ":", m, err, fb.Len(), "/", fb.Cap(), " ")
	}
	fmt.Println()
	var fb bytes.Buffer
	fb.WriteString("pre")
	m, err := fb.ReadFrom(failReader{})
	fmt.Println(m, err, fb.Len(), fb.Cap(), fb.String()[:3])

	// WriteTo.
	wt := bytes.NewBufferString("some data")
	var out strings.Builder
	m, err = wt.WriteTo(&out)
	fmt.Println(m, err, out.String(), wt.Len())
	wt = bytes.NewBufferString("some data")
	m, err = wt.WriteTo(shortWriter{})
	fmt.Println(m, err, wt.Len())
	wt = bytes.NewBufferString("some data")
	m, err = wt.WriteTo(errW{})
	fmt.Println(m, err, wt.Len(), wt.String())

	// Unread errors.
	u := bytes.NewBufferString("héllo\nworld")
	fmt.Println(u.UnreadRune(), u.UnreadByte())
	c, _ := u.ReadByte()
	fmt.Println(string(c), u.UnreadRune(), u.UnreadByte(), u.UnreadByte())
	u.ReadByte()
	rr, sz, err := u.ReadRune()
	fmt.Println(string(rr), sz, err, u.UnreadRune(), u.UnreadRune())
	u.ReadRune()
	u.ReadRune()
	fmt.Println(u.UnreadByte(), u.Len())
	line, err := u.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, u.UnreadByte())
	line, err = u.ReadString('\n')
	fmt.Printf("%q %v %v %v\n", line, err, u.UnreadByte(), u.UnreadRune())
	bs, err := u.ReadBytes('x')
	fmt.Printf("%q %v\n", bs, err)
	u.WriteString("abc")
	u.ReadByte()
	u.WriteString("d")
	fmt.Println(u.UnreadByte())
	rr, sz, err = u.ReadRune()
	fmt.Println(rr, sz, err)
	u.Truncate(1)
	fmt.Println(u.UnreadRune(), u.String())
	inv := bytes.NewBuffer([]byte{0xff, 'a'})
	rr, sz, err = inv.ReadRune()
	fmt.Println(rr, sz, err, inv.UnreadRune(), inv.Len())
	var empty bytes.Buffer
	rr, sz, err = empty.ReadRune()
	fmt.Println(rr, sz, err)
	bb, err := empty.ReadByte()
	fmt.Println(bb, err)
	n, err := empty.Read(nil)
	fmt.Println(n, err)
	n, err = empty.Read(make([]byte, 3))
	fmt.Println(n, err)
	nx := bytes.NewBufferString("abcdef")
	fmt.Printf("%q %q %q %q\n", nx.Next(2), nx.Next(0), nx.Next(10), nx.Next(1))
	nx.WriteString("xyz")
	fmt.Printf("%q %v\n", nx.Next(1), nx.UnreadByte())
	fmt.Println(nx.UnreadByte(), nx.String())

	try("truncate -1", func() { var t bytes.Buffer; t.Truncate(-1) })
	try("truncate over", func() { t := bytes.NewBufferString("ab"); t.Truncate(3) })
	try("truncate 0", func() { t := bytes.NewBufferString("ab"); t.Truncate(0); fmt.Println(t.Len()) })
	try("truncate len", func() { t := bytes.NewBufferString("ab"); t.Truncate(2); fmt.Println(t.String()) })
	try("grow -1", func() { var t bytes.Buffer; t.Grow(-1) })

	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
	var nilb *bytes.Buffer
	fmt.Println(nilb.String())
}
