package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logReader serves its data in chunks of at most step bytes and logs each Read's len(p).
type logReader struct {
	data []byte
	step int
	log  []int
	err  error // returned once the data is gone (io.EOF when nil)
}

func (r *logReader) Read(p []byte) (int, error) {
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
	n = copy(p, r.data[:min(n, len(r.data))])
	r.data = r.data[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type zeroReader struct{ calls int }

func (z *zeroReader) Read(p []byte) (int, error) { z.calls++; return 0, nil }

type liarReader struct{}

func (liarReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

type dataEOFReader struct{ done bool }

func (d *dataEOFReader) Read(p []byte) (int, error) {
	if d.done {
		return 0, io.EOF
	}
	d.done = true
	return copy(p, "one\ntwo"), io.EOF
}

func scanAll(name string, s *bufio.Scanner) {
	var toks []string
	for s.Scan() {
		toks = append(toks, fmt.Sprintf("%q", s.Text()))
	}
	fmt.Printf("%s: %s err=%v\n", name, strings.Join(toks, " "), s.Err())
	fmt.Printf("  after: scan=%v bytes=%q\n", s.Scan(), s.Bytes())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", name)
}

func main() {
	fmt.Println(bufio.MaxScanTokenSize)
	for _, e := range []error{bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken, io.ErrNoProgress} {
		fmt.Println(e)
	}

	scanAll("lines", bufio.NewScanner(strings.NewReader("a\r\nb\n\r\n\nc\rd\r\ne\r")))
	scanAll("lines-empty", bufio.NewScanner(strings.NewReader("")))
	scanAll("lines-nl", bufio.NewScanner(strings.NewReader("\n")))
	scanAll("lines-cr-only", bufio.NewScanner(strings.NewReader("\r")))

	w := bufio.NewScanner(strings.NewReader(" a\u0085b\u00a0c\u2000d\u200ae\u200bf\u1680g\u2028h\u2029i\u202fj\u205fk\u3000l\tm\vn\fo\rp\nq\xffr  "))
	w.Split(bufio.ScanWords)
	scanAll("words", w)
	w = bufio.NewScanner(strings.NewReader("   \t\n "))
	w.Split(bufio.ScanWords)
	scanAll("words-blank", w)

	r := bufio.NewScanner(strings.NewReader("h\xffé\xe2\x82x世\xe4\xb8"))
	r.Split(bufio.ScanRunes)
	scanAll("runes", r)
	b := bufio.NewScanner(strings.NewReader("a\x00é"))
	b.Split(bufio.ScanBytes)
	scanAll("bytes", b)

	// Direct calls of the split functions.
	for _, atEOF := range []bool{false, true} {
		for _, in := range []string{"", "ab", "ab\r", "ab\r\n", "\xe2\x82", "\xff", " x ", "  "} {
			a1, t1, e1 := bufio.ScanLines([]byte(in), atEOF)
			a2, t2, e2 := bufio.ScanWords([]byte(in), atEOF)
			a3, t3, e3 := 0, []byte(nil), error(nil)
			if in != "" { // ScanRunes and ScanBytes index data[0] when not at EOF
				a3, t3, e3 = bufio.ScanRunes([]byte(in), atEOF)
			}
			a4, t4, e4 := 0, []byte(nil), error(nil)
			if in != "" {
				a4, t4, e4 = bufio.ScanBytes([]byte(in), atEOF)
			}
			fmt.Printf("%v %q: L %d %q %v %v | W %d %q %v %v | R %d %q %v | B %d %q %v\n", atEOF, in,
				a1, t1, t1 == nil, e1, a2, t2, t2 == nil, e2, a3, t3, e3, a4, t4, e4)
		}
	}

	// Buffer limits.
	s := bufio.NewScanner(strings.NewReader("short\nabcdefghijklmnopqrstuvwxyz\nafter\n"))
	s.Buffer(make([]byte, 4), 16)
	scanAll("toolong", s)
	s = bufio.NewScanner(strings.NewReader("12345678\nabc\n"))
	s.Buffer(make([]byte, 0, 10), 4)
	scanAll("cap-over-max", s)
	s = bufio.NewScanner(strings.NewReader("123456789012345\n1234567890123456\n"))
	s.Buffer(nil, 16)
	scanAll("max16", s)

	long := strings.Repeat("x", bufio.MaxScanTokenSize-1)
	for _, in := range []string{long + "\nz", long + "y\nz", long + "y"} {
		lr := &logReader{data: []byte(in)}
		s = bufio.NewScanner(lr)
		n := 0
		for s.Scan() {
			n++
			fmt.Print(len(s.Bytes()), " ")
		}
		fmt.Println("default max:", n, s.Err(), lr.log)
	}

	// Read sizes while the buffer grows, with short reads.
	lr := &logReader{data: []byte(strings.Repeat("abcdefghi\n", 1000) + strings.Repeat("L", 9000) + "\nend"), step: 3000}
	s = bufio.NewScanner(lr)
	count, total := 0, 0
	for s.Scan() {
		count++
		total += len(s.Bytes())
	}
	fmt.Println("growth:", count, total, s.Err(), lr.log)

	// A reader error ends scanning after the last data is split at "EOF".
	lr = &logReader{data: []byte("x y\nlast"), err: errors.New("boom")}
	scanAll("readerr", bufio.NewScanner(lr))
	scanAll("data+EOF", bufio.NewScanner(&dataEOFReader{}))

	z := &zeroReader{}
	scanAll("noprogress", bufio.NewScanner(z))
	fmt.Println("zero reads:", z.calls)
	scanAll("badcount", bufio.NewScanner(liarReader{}))

	// Split functions that misbehave or stop early.
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negadvance", s)
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
	scanAll("toofar", s)
	s = bufio.NewScanner(strings.NewReader("a,b,STOP,c,d"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, []byte("final"), bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	scanAll("final", s)
	myErr := errors.New("split says no")
	s = bufio.NewScanner(strings.NewReader("a b c"))
	calls := 0
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		if calls == 3 {
			return 0, nil, myErr
		}
		return bufio.ScanWords(data, atEOF)
	})
	scanAll("spliterr", s)
	// Empty tokens with advance: allowed.
	s = bufio.NewScanner(strings.NewReader("a,,b,"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	scanAll("empties", s)

	try("noprogress-tokens", func() {
		// Before EOF empty tokens without progress are allowed; at EOF only 100 of them.
		s := bufio.NewScanner(strings.NewReader("abc"))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		n := 0
		for n < 500 && s.Scan() {
			n++
		}
		fmt.Println("empty tokens before EOF:", n)
		s = bufio.NewScanner(strings.NewReader(""))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		n = 0
		defer func() { fmt.Println("empty tokens at EOF:", n) }()
		for n < 500 && s.Scan() {
			n++
		}
		fmt.Println("empty tokens:", n)
	})
	try("buffer-after-scan", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Scan()
		s.Buffer(make([]byte, 10), 100)
	})
	try("split-after-scan", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Scan()
		s.Split(bufio.ScanWords)
	})
	try("buffer-before-scan", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Buffer(make([]byte, 10), 100)
		s.Split(bufio.ScanWords)
		scanAll("ok", s)
	})
}
