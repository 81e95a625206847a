package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000) + "\nshort\n"
	sc := bufio.NewScanner(strings.NewReader(long))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 100000)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a\xffb ü\n"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("  one two\u00a0three\u2003four\n\nfive  "))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("1,2,,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("x y"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("custom split failure")
	})
	fmt.Println(sc.Scan(), sc.Err())
	r := bufio.NewReaderSize(strings.NewReader("line one\nline two\nlast"), 16)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 40)+"\nz"), 16)
	for {
		l, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", l, isPrefix, err)
		if err != nil {
			break
		}
	}
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 8)
	fmt.Fprintf(w, "%s", "0123456789abc")
	fmt.Println(buf.Len(), w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println(buf.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&buf))
	s, _ := rw.ReadString('x')
	rw.WriteString("+out")
	rw.Flush()
	fmt.Println(s, buf.String())
	b, err := io.ReadAll(bufio.NewReader(strings.NewReader("all of it")))
	fmt.Println(string(b), err)
	r = bufio.NewReader(strings.NewReader("héllo"))
	c, sz, _ := r.ReadRune()
	fmt.Println(c, sz, r.UnreadRune(), r.UnreadRune(), r.Buffered())
	by, _ := r.ReadByte()
	fmt.Println(by, r.UnreadByte(), r.UnreadByte())
	d, err := r.Discard(3)
	fmt.Println(d, err)
	p, err := r.Peek(10)
	fmt.Printf("%q %v\n", p, err)
}
