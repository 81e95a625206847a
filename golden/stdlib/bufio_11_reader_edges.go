package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader serves data in chunks of at most step bytes, logs each Read's len(p),
// and can fail once with failErr at the read numbered failAt.
type chunkReader struct {
	data    []byte
	step    int
	log     []int
	failAt  int
	failErr error
	withEOF bool // return io.EOF together with the last data
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.log = append(r.log, len(p))
	if r.failErr != nil && len(r.log) == r.failAt {
		return 0, r.failErr
	}
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := len(p)
	if r.step > 0 && n > r.step {
		n = r.step
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	if r.withEOF && len(r.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func newCR(s string, step int) *chunkReader { return &chunkReader{data: []byte(s), step: step} }

type logWriter struct {
	log []int
	sb  strings.Builder
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.log = append(w.log, len(p))
	return w.sb.Write(p)
}

type logReaderFrom struct{ logWriter }

func (w *logReaderFrom) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	w.log = append(w.log, -len(b))
	w.sb.Write(b)
	return int64(len(b)), err
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

func main() {
	for _, e := range []error{bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune, bufio.ErrBufferFull, bufio.ErrNegativeCount} {
		fmt.Println(e)
	}
	fmt.Println(bufio.NewReaderSize(strings.NewReader(""), 3).Size(), bufio.NewReaderSize(strings.NewReader(""), 0).Size(),
		bufio.NewReader(nil).Size(), bufio.NewReaderSize(nil, 100).Size())
	base := bufio.NewReaderSize(strings.NewReader("x"), 64)
	fmt.Println(bufio.NewReaderSize(base, 32) == base, bufio.NewReaderSize(base, 64) == base, bufio.NewReaderSize(base, 65) == base, bufio.NewReader(base) == base)

	// Reads: small reads fill the buffer, big reads bypass an empty buffer.
	cr := newCR(strings.Repeat("0123456789", 10), 0)
	r := bufio.NewReaderSize(cr, 16)
	p := make([]byte, 5)
	n, err := r.Read(p)
	fmt.Println(n, err, string(p[:n]), r.Buffered(), cr.log)
	big := make([]byte, 40)
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]), r.Buffered(), cr.log)
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]), r.Buffered(), cr.log)
	fmt.Println(r.UnreadByte(), r.Buffered())
	c, err := r.ReadByte()
	fmt.Println(string(c), err)
	n, err = r.Read(nil)
	fmt.Println(n, err, cr.log)
	all, err := io.ReadAll(r)
	fmt.Println(len(all), err, cr.log)
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)

	// Peek and Discard.
	cr = newCR("abcdefghijklmnopqrstuvwxyz", 5)
	r = bufio.NewReaderSize(cr, 16)
	b, err := r.Peek(3)
	fmt.Printf("%q %v %d %v\n", b, err, r.Buffered(), cr.log)
	b, err = r.Peek(12)
	fmt.Printf("%q %v %d %v\n", b, err, r.Buffered(), cr.log)
	b, err = r.Peek(20)
	fmt.Printf("%q %v %d\n", b, err, r.Buffered())
	b, err = r.Peek(-1)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(r.UnreadByte())
	d, err := r.Discard(-2)
	fmt.Println(d, err)
	d, err = r.Discard(3)
	fmt.Println(d, err, r.Buffered())
	d, err = r.Discard(20)
	fmt.Println(d, err, r.Buffered(), cr.log)
	b, err = r.Peek(5)
	fmt.Printf("%q %v\n", b, err)
	d, err = r.Discard(5)
	fmt.Println(d, err)
	d, err = r.Discard(0)
	fmt.Println(d, err)

	// ReadSlice, ReadBytes, ReadString across the buffer.
	r = bufio.NewReaderSize(newCR("short\nthis line is longer than sixteen\nend", 7), 16)
	for i := 0; i < 5; i++ {
		line, err := r.ReadSlice('\n')
		fmt.Printf("slice %q %v\n", line, err)
	}
	r = bufio.NewReaderSize(newCR("short\nthis line is longer than sixteen bytes\nend", 7), 16)
	for i := 0; i < 4; i++ {
		s, err := r.ReadString('\n')
		fmt.Printf("string %q %v\n", s, err)
	}
	r = bufio.NewReaderSize(newCR("a;bb;;ccc", 2), 16)
	for i := 0; i < 5; i++ {
		bs, err := r.ReadBytes(';')
		fmt.Printf("bytes %q %v %v\n", bs, err, bs == nil)
	}

	// ReadLine: prefixes, \r\n split over the buffer's edge, final line without newline.
	r = bufio.NewReaderSize(newCR("0123456789abcde\r\nnext\r\n"+strings.Repeat("L", 40)+"\nlast\r", 0), 16)
	for i := 0; i < 9; i++ {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("line %q %v %v\n", line, isPrefix, err)
	}
	r = bufio.NewReaderSize(newCR("x\r\n\r\n\n", 0), 16)
	for i := 0; i < 4; i++ {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("line2 %q %v %v\n", line, isPrefix, err)
	}

	// Runes: invalid bytes, a rune split over reads and over the buffer's edge, truncated at EOF.
	r = bufio.NewReaderSize(newCR("0123456789abcd世\xffé\xe4\xb8", 1), 16)
	for {
		rn, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("rune end:", rn, size, err)
			break
		}
		fmt.Printf("%q/%d ", rn, size)
	}
	fmt.Println()

	// Unread rules.
	r = bufio.NewReader(strings.NewReader("héllo"))
	fmt.Println("start:", r.UnreadByte(), r.UnreadRune())
	rn, size, _ := r.ReadRune()
	fmt.Println(string(rn), size, r.UnreadRune(), r.UnreadRune())
	rn, size, _ = r.ReadRune()
	rn, size, _ = r.ReadRune()
	fmt.Println(string(rn), size, r.UnreadByte(), r.UnreadRune())
	c, _ = r.ReadByte()
	fmt.Printf("%x %v\n", c, r.UnreadRune())
	rn, size, _ = r.ReadRune()
	r.Peek(1)
	fmt.Println(string(rn), r.UnreadRune(), r.UnreadByte())
	r.ReadByte()
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	r.ReadByte()
	r.Discard(1)
	fmt.Println(r.UnreadByte())
	rest, _ := r.ReadString(0)
	fmt.Printf("rest %q\n", rest)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	r.ReadRune()
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	// UnreadByte after a read that bypassed the buffer.
	r = bufio.NewReaderSize(strings.NewReader("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 16)
	big = make([]byte, 20)
	n, _ = r.Read(big)
	fmt.Println(n, r.Buffered(), r.UnreadByte(), r.Buffered())
	c, _ = r.ReadByte()
	c2, _ := r.ReadByte()
	fmt.Println(string(c), string(c2))

	// Errors from the underlying reader are reported once.
	cr = &chunkReader{data: []byte("abcdef"), step: 2, failAt: 2, failErr: errors.New("flaky")}
	r = bufio.NewReaderSize(cr, 16)
	for i := 0; i < 6; i++ {
		c, err := r.ReadByte()
		fmt.Printf("%q %v; ", c, err)
	}
	fmt.Println()
	cr = &chunkReader{data: []byte("xy"), withEOF: true}
	r = bufio.NewReader(cr)
	s, err := r.ReadString('!')
	fmt.Printf("%q %v %v\n", s, err, cr.log)
	r = bufio.NewReader(zeroReader{})
	_, err = r.ReadByte()
	fmt.Println("zero:", err)
	b, err = r.Peek(1)
	fmt.Println("zero peek:", len(b), err)
	func() {
		defer func() { fmt.Println("negative:", recover()) }()
		bufio.NewReader(negReader{}).ReadByte()
	}()

	// WriteTo: buffered data first, then the source's WriterTo, the target's ReaderFrom or buffer-sized copies.
	cr = newCR(strings.Repeat("z", 50), 0)
	r = bufio.NewReaderSize(cr, 16)
	r.ReadByte()
	lw := &logWriter{}
	m, err := r.WriteTo(lw)
	fmt.Println("writeto plain:", m, err, lw.log, cr.log)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("s", 50)), 16)
	r.ReadByte()
	lw = &logWriter{}
	m, err = r.WriteTo(lw)
	fmt.Println("writeto WriterTo:", m, err, lw.log)
	cr = newCR(strings.Repeat("f", 50), 0)
	r = bufio.NewReaderSize(cr, 16)
	r.ReadByte()
	lrf := &logReaderFrom{}
	m, err = r.WriteTo(lrf)
	fmt.Println("writeto ReaderFrom:", m, err, lrf.log, len(lrf.sb.String()))
	cr = &chunkReader{data: []byte("abc"), failAt: 2, failErr: errors.New("mid")}
	r = bufio.NewReaderSize(cr, 16)
	lw = &logWriter{}
	m, err = r.WriteTo(lw)
	fmt.Println("writeto err:", m, err, lw.log)

	// Reset keeps the buffer's size; the zero Reader gets the default size.
	r = bufio.NewReaderSize(strings.NewReader("old data"), 32)
	r.ReadByte()
	r.Reset(strings.NewReader("new"))
	s, err = r.ReadString('\n')
	fmt.Println(s, err, r.Size(), r.Buffered())
	var zr bufio.Reader
	zr.Reset(strings.NewReader("zero"))
	s, err = zr.ReadString('\n')
	fmt.Println(s, err, zr.Size())
}
