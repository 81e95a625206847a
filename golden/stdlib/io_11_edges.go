package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

type chunkReader struct {
	data    []byte
	step    int
	log     []int
	withEOF bool
	err     error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.log = append(r.log, len(p))
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
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

func cr(s string, step int) *chunkReader { return &chunkReader{data: []byte(s), step: step} }

type logWriter struct {
	log   []string
	sb    strings.Builder
	limit int
	bad   int // when non-zero, Write returns this count
	err   error
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.log = append(w.log, fmt.Sprint(len(p)))
	if w.err != nil {
		return 0, w.err
	}
	if w.bad != 0 {
		return w.bad, nil
	}
	if w.limit > 0 && len(p) > w.limit {
		p = p[:w.limit]
	}
	return w.sb.Write(p)
}

type stringLogWriter struct{ logWriter }

func (w *stringLogWriter) WriteString(s string) (int, error) {
	w.log = append(w.log, "S"+fmt.Sprint(len(s)))
	return w.sb.WriteString(s)
}

type readerFrom struct{ logWriter }

func (w *readerFrom) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	w.log = append(w.log, fmt.Sprint("RF", len(b)))
	w.sb.Write(b)
	return int64(len(b)), err
}

type writerTo struct{ s string }

func (w *writerTo) Read(p []byte) (int, error) { panic("Read should not be called") }
func (w *writerTo) WriteTo(dst io.Writer) (int64, error) {
	n, err := io.WriteString(dst, "WT:"+w.s)
	return int64(n), err
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	for _, e := range []error{io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrClosedPipe, io.ErrNoProgress} {
		fmt.Println(e)
	}
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)

	// ReadAll: short reads, errors, data with EOF.
	r := cr(strings.Repeat("abcdefghij", 150), 100)
	b, err := io.ReadAll(r)
	fmt.Println("readall:", len(b), err, r.log[0], len(r.log))
	r = &chunkReader{data: []byte("partial"), err: errors.New("disk")}
	b, err = io.ReadAll(r)
	fmt.Printf("readall err: %q %v\n", b, err)
	r = &chunkReader{data: []byte("both"), withEOF: true}
	b, err = io.ReadAll(r)
	fmt.Printf("readall data+EOF: %q %v %v\n", b, err, r.log)
	b, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("readall empty: %q %v %v\n", b, err, b == nil)

	// ReadFull and ReadAtLeast.
	buf := make([]byte, 6)
	n, err := io.ReadFull(cr("abcdefgh", 2), buf)
	fmt.Println("full:", n, err, string(buf[:n]))
	n, err = io.ReadFull(cr("abc", 2), buf)
	fmt.Println("full short:", n, err)
	n, err = io.ReadFull(cr("", 2), buf)
	fmt.Println("full empty:", n, err)
	n, err = io.ReadAtLeast(cr("abcdefgh", 3), buf, 4)
	fmt.Println("atleast:", n, err)
	n, err = io.ReadAtLeast(cr("abcdefgh", 3), buf, 7)
	fmt.Println("atleast short buf:", n, err)
	n, err = io.ReadAtLeast(cr("abcdefgh", 3), buf, 0)
	fmt.Println("atleast 0:", n, err)
	n, err = io.ReadAtLeast(&chunkReader{data: []byte("abcd"), withEOF: true}, buf, 4)
	fmt.Println("atleast data+EOF:", n, err)
	n, err = io.ReadAtLeast(&chunkReader{data: []byte("ab"), err: errors.New("net")}, buf, 4)
	fmt.Println("atleast err:", n, err)

	// Copy: buffer sizes, LimitedReader sizing, shortcuts, write errors.
	r = cr(strings.Repeat("x", 70000), 0)
	w := &logWriter{}
	m, err := io.Copy(w, r)
	fmt.Println("copy:", m, err, r.log, w.log)
	r = cr(strings.Repeat("x", 300), 0)
	w = &logWriter{}
	m, err = io.Copy(w, io.LimitReader(r, 100))
	fmt.Println("copy limited:", m, err, r.log, w.log)
	r = cr("abc", 0)
	m, err = io.Copy(&logWriter{}, io.LimitReader(r, 0))
	fmt.Println("copy limit 0:", m, err, r.log)
	r = cr(strings.Repeat("y", 50), 0)
	w = &logWriter{}
	m, err = io.CopyBuffer(w, r, make([]byte, 16))
	fmt.Println("copybuffer:", m, err, r.log, w.log)
	try("copybuffer empty", func() { io.CopyBuffer(w, cr("a", 0), make([]byte, 0)) })
	m, err = io.CopyBuffer(w, cr("a", 0), nil)
	fmt.Println("copybuffer nil:", m, err)
	rf := &readerFrom{}
	m, err = io.Copy(rf, &writerTo{"src"})
	fmt.Println("copy WriterTo first:", m, err, rf.log, rf.sb.String())
	rf = &readerFrom{}
	m, err = io.Copy(rf, cr("plain", 0))
	fmt.Println("copy ReaderFrom:", m, err, rf.log)
	rf = &readerFrom{}
	m, err = io.CopyBuffer(rf, cr("plain", 0), make([]byte, 2))
	fmt.Println("copybuffer ReaderFrom:", m, err, rf.log)
	m, err = io.Copy(&logWriter{limit: 2}, cr("abcdef", 0))
	fmt.Println("copy short write:", m, err)
	m, err = io.Copy(&logWriter{bad: -1}, cr("abcdef", 0))
	fmt.Println("copy negative write:", m, err)
	m, err = io.Copy(&logWriter{bad: 9}, cr("abcdef", 0))
	fmt.Println("copy too long write:", m, err)
	m, err = io.Copy(&logWriter{err: errors.New("full")}, cr("abcdef", 0))
	fmt.Println("copy write err:", m, err)
	w = &logWriter{}
	m, err = io.Copy(w, &chunkReader{data: []byte("abcd"), step: 3, err: errors.New("late")})
	fmt.Println("copy read err:", m, err, w.log)

	// CopyN.
	w = &logWriter{}
	m, err = io.CopyN(w, cr("abcdefgh", 3), 5)
	fmt.Println("copyn:", m, err, w.sb.String(), w.log)
	m, err = io.CopyN(&logWriter{}, cr("abc", 0), 5)
	fmt.Println("copyn short:", m, err)
	m, err = io.CopyN(&logWriter{}, cr("abc", 0), 0)
	fmt.Println("copyn 0:", m, err)
	m, err = io.CopyN(&logWriter{}, cr("abc", 0), -3)
	fmt.Println("copyn neg:", m, err)
	rf = &readerFrom{}
	m, err = io.CopyN(rf, cr("xyz", 0), 2) // through a LimitedReader: no WriterTo
	fmt.Println("copyn ReaderFrom:", m, err, rf.log)

	// LimitedReader.
	lr := &io.LimitedReader{R: strings.NewReader("0123456789"), N: 4}
	n, err = lr.Read(buf)
	fmt.Println("limited:", n, err, lr.N)
	n, err = lr.Read(buf)
	fmt.Println("limited done:", n, err, lr.N)
	lr = &io.LimitedReader{R: strings.NewReader("0123456789"), N: -1}
	n, err = lr.Read(buf)
	fmt.Println("limited neg:", n, err)

	// SectionReader.
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 3, 8)
	fmt.Println("size:", sr.Size())
	n, err = sr.Read(buf[:5])
	fmt.Println("sec read:", n, err, string(buf[:n]))
	n, err = sr.Read(buf)
	fmt.Println("sec read:", n, err, string(buf[:n]))
	n, err = sr.Read(buf)
	fmt.Println("sec read end:", n, err)
	for _, s := range [][2]int64{{2, 0}, {-1, 1}, {-2, 2}, {20, 0}, {-1, 0}, {0, 3}, {-100, 2}} {
		pos, err := sr.Seek(s[0], int(s[1]))
		fmt.Println("seek", s, pos, err)
	}
	n, err = sr.Read(buf)
	fmt.Println("read past end:", n, err)
	for _, off := range []int64{0, 5, 8, -1, 100} {
		n, err = sr.ReadAt(buf[:4], off)
		fmt.Printf("readat %d: %d %v %q\n", off, n, err, buf[:n])
	}
	sr = io.NewSectionReader(strings.NewReader("abc"), 1, 10)
	n, err = sr.ReadAt(buf, 0)
	fmt.Printf("readat beyond source: %d %v %q\n", n, err, buf[:n])

	// TeeReader.
	var tee bytes.Buffer
	tr := io.TeeReader(cr("tee data", 3), &tee)
	b, err = io.ReadAll(tr)
	fmt.Printf("tee: %q %v %q\n", b, err, tee.String())
	tr = io.TeeReader(strings.NewReader("abc"), &logWriter{err: errors.New("tee sink")})
	n, err = tr.Read(buf)
	fmt.Println("tee err:", n, err)

	// MultiReader.
	mr := io.MultiReader()
	n, err = mr.Read(buf)
	fmt.Println("multi none:", n, err)
	inner := io.MultiReader(strings.NewReader("in1"), strings.NewReader(""), strings.NewReader("in2"))
	mr = io.MultiReader(strings.NewReader("ab"), &chunkReader{data: []byte("cd"), withEOF: true}, inner, strings.NewReader("z"))
	for {
		n, err := mr.Read(buf)
		fmt.Printf("[%q %v] ", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	n, err = mr.Read(buf)
	fmt.Println("multi again:", n, err)
	mr = io.MultiReader(strings.NewReader("ab"), &chunkReader{data: []byte("x"), err: errors.New("bad part")}, strings.NewReader("never"))
	b, err = io.ReadAll(mr)
	fmt.Printf("multi err: %q %v\n", b, err)
	plain := cr("plain", 0)
	w = &logWriter{}
	m, err = io.Copy(w, io.MultiReader(strings.NewReader("sr"), plain, &writerTo{"w"}))
	fmt.Println("multi writeto:", m, err, plain.log, w.log, w.sb.String())

	// MultiWriter.
	w1, w2 := &logWriter{}, &stringLogWriter{}
	mw := io.MultiWriter(w1, io.MultiWriter(w2, io.Discard))
	n, err = mw.Write([]byte("hello"))
	fmt.Println("mw:", n, err)
	n, err = io.WriteString(mw, "str")
	fmt.Println("mw string:", n, err, w1.log, w2.log, w1.sb.String(), w2.sb.String())
	w3 := &logWriter{}
	mw = io.MultiWriter(&logWriter{limit: 2}, w3)
	n, err = mw.Write([]byte("abcd"))
	fmt.Println("mw short:", n, err, w3.log)
	mw = io.MultiWriter(&logWriter{err: errors.New("first fails")}, w3)
	n, err = io.WriteString(mw, "abcd")
	fmt.Println("mw err:", n, err, w3.log)
	n, err = io.MultiWriter().Write([]byte("none"))
	fmt.Println("mw none:", n, err)

	// WriteString, Discard, NopCloser.
	sw := &stringLogWriter{}
	io.WriteString(sw, "via WriteString")
	io.WriteString(&sw.logWriter, "via Write")
	fmt.Println(sw.log)
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println("discard:", n, err)
	n, err = io.WriteString(io.Discard, "gone too")
	fmt.Println("discard string:", n, err)
	dr := cr(strings.Repeat("d", 20000), 0)
	m, err = io.Copy(io.Discard, dr)
	fmt.Println("discard readfrom:", m, err, dr.log)
	_, isRF := io.Discard.(io.ReaderFrom)
	fmt.Println("discard is ReaderFrom:", isRF)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	b, _ = io.ReadAll(rc)
	fmt.Println(string(b))
	_, keepsWriterTo := io.NopCloser(strings.NewReader("")).(io.WriterTo)
	_, plainWriterTo := io.NopCloser(cr("", 0)).(io.WriterTo)
	fmt.Println("nopcloser WriterTo:", keepsWriterTo, plainWriterTo)
	var sb strings.Builder
	m, err = io.Copy(&sb, io.NopCloser(strings.NewReader("through WriteTo")))
	fmt.Println(m, err, sb.String())

	// Sections whose end does not fit in an int64.
	fmt.Println(io.NewSectionReader(strings.NewReader("abc"), 5, math.MaxInt64).Size())
	fmt.Println(io.NewSectionReader(strings.NewReader("abc"), 1, -5).Size())
	fmt.Println(io.NewSectionReader(strings.NewReader("abc"), 0, 0).Size())
}
