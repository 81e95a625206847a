package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logWriter logs the length of every Write; it accepts at most limit bytes per call when
// limit > 0 (a short write), and fails with failErr from the call numbered failAt on.
type logWriter struct {
	log     []int
	sb      strings.Builder
	limit   int
	failAt  int
	failErr error
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.log = append(w.log, len(p))
	if w.failErr != nil && len(w.log) >= w.failAt {
		return 0, w.failErr
	}
	if w.limit > 0 && len(p) > w.limit {
		p = p[:w.limit]
	}
	return w.sb.Write(p)
}

type lrf struct{ logWriter }

func (w *lrf) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	w.log = append(w.log, -len(b))
	w.sb.Write(b)
	return int64(len(b)), err
}

type chunkReader struct {
	data []byte
	step int
	log  []int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.log = append(r.log, len(p))
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
	return n, nil
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

func state(w *bufio.Writer, lw *logWriter) {
	fmt.Println("  buffered", w.Buffered(), "available", w.Available(), "writes", lw.log, fmt.Sprintf("%q", lw.sb.String()))
}

func main() {
	fmt.Println(bufio.NewWriterSize(nil, 0).Size(), bufio.NewWriterSize(nil, -5).Size(), bufio.NewWriterSize(nil, 1).Size(), bufio.NewWriter(nil).Size())
	base := bufio.NewWriterSize(nil, 64)
	fmt.Println(bufio.NewWriterSize(base, 32) == base, bufio.NewWriterSize(base, 65) == base, bufio.NewWriter(base) == base)

	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 16)
	fmt.Println("flush empty:", w.Flush())
	state(w, lw)
	n, err := w.Write([]byte("0123456789"))
	fmt.Println("write 10:", n, err)
	state(w, lw)
	n, err = w.Write([]byte("abcdefghijklmnopqrstuvwxyz0123456789"))
	fmt.Println("write 36:", n, err)
	state(w, lw)
	n, err = w.Write([]byte("ABCDEFGHIJKLMNOPQRST"))
	fmt.Println("write 20:", n, err)
	state(w, lw)
	w.Flush()
	n, err = w.Write([]byte("ABCDEFGHIJKLMNOPQRST"))
	fmt.Println("write 20 to empty:", n, err)
	state(w, lw)
	n, err = w.Write(nil)
	fmt.Println("write nil:", n, err)

	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString("0123456789")
	n, err = w.WriteString("abcdefghijklmnopqrstuvwxyz0123456789")
	fmt.Println("writestring 36:", n, err)
	state(w, lw)
	w.Flush()
	n, err = w.WriteString("ABCDEFGHIJKLMNOPQRST")
	fmt.Println("writestring 20 to empty:", n, err)
	state(w, lw)

	// Bytes and runes at the buffer's edge.
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString("0123456789012")
	size, err := w.WriteRune('世')
	fmt.Println("rune with 3 free:", size, err)
	state(w, lw)
	w.WriteString("0123456789ab")
	size, err = w.WriteRune('😀')
	fmt.Println("rune with 4 free:", size, err)
	state(w, lw)
	size, err = w.WriteRune('x')
	fmt.Println("ascii rune when full:", size, err)
	state(w, lw)
	w.WriteString("abcdefghijklmn")
	fmt.Println("byte:", w.WriteByte('!'), w.WriteByte('?'))
	state(w, lw)
	size, err = w.WriteRune(-1)
	fmt.Println("bad rune:", size, err)
	state(w, lw)

	// A short write without error, then errors that stick.
	lw = &logWriter{limit: 5}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString("0123456789")
	err = w.Flush()
	fmt.Println("short flush:", err)
	state(w, lw)
	n, err = w.WriteString("more")
	fmt.Println("after short:", n, err, w.Flush(), w.WriteByte('x'))
	state(w, lw)
	w.Reset(lw)
	fmt.Println("after reset:", w.Buffered(), w.Available(), w.Flush())
	w.WriteString("ok")
	fmt.Println(w.Flush())
	state(w, lw)

	boom := errors.New("boom")
	lw = &logWriter{failAt: 2, failErr: boom}
	w = bufio.NewWriterSize(lw, 8)
	n, err = w.WriteString("0123456789abcdefghij")
	fmt.Println("failing:", n, err)
	state(w, lw)
	n, err = w.Write([]byte("z"))
	fmt.Println("failing again:", n, err, w.Flush())
	size, err = w.WriteRune('é')
	fmt.Println("failing rune:", size, err)
	m, err := w.ReadFrom(strings.NewReader("abc"))
	fmt.Println("failing readfrom:", m, err)
	state(w, lw)

	// AvailableBuffer.
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString("abc")
	ab := w.AvailableBuffer()
	fmt.Println("availbuf:", len(ab), cap(ab))
	ab = append(ab, "xyz"...)
	w.Write(ab)
	w.Flush()
	state(w, lw)

	// ReadFrom: through the buffer, or the target's ReaderFrom when the buffer is empty.
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	cr := &chunkReader{data: []byte(strings.Repeat("r", 40)), step: 7}
	w.WriteString("ab")
	m, err = w.ReadFrom(cr)
	fmt.Println("readfrom 40:", m, err, cr.log)
	state(w, lw)
	w.Flush()
	cr = &chunkReader{data: []byte(strings.Repeat("e", 16))}
	m, err = w.ReadFrom(cr)
	fmt.Println("readfrom exact:", m, err, cr.log)
	state(w, lw)
	m, err = w.ReadFrom(zeroReader{})
	fmt.Println("readfrom zero:", m, err)
	state(w, lw)

	rf := &lrf{}
	w = bufio.NewWriterSize(rf, 16)
	m, err = w.ReadFrom(strings.NewReader(strings.Repeat("q", 40)))
	fmt.Println("readfrom delegated:", m, err, rf.log)
	w.WriteString("abc")
	m, err = w.ReadFrom(strings.NewReader(strings.Repeat("q", 40)))
	fmt.Println("readfrom buffered first:", m, err, rf.log, w.Buffered())

	// ReadWriter mixes both sides.
	out := &logWriter{}
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\npong\n")), bufio.NewWriterSize(out, 16))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			break
		}
		rw.WriteString("> " + line)
	}
	fmt.Println(rw.Writer.Buffered(), rw.Reader.Buffered(), out.log)
	rw.Flush()
	fmt.Printf("%v %q\n", out.log, out.sb.String())

	// The zero Writer gets the default size on Reset.
	var zw bufio.Writer
	zw.Reset(lw)
	fmt.Println(zw.Size(), zw.Available())
}
