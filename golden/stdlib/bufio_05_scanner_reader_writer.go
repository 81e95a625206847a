package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	data []byte
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := 3
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

func main() {
	// Scanner over stdin, line by line, with CRLF and a last line without newline.
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	words.Split(bufio.ScanWords)
	for words.Scan() {
		fmt.Printf("[%s]", words.Text())
	}
	fmt.Println()

	runes := bufio.NewScanner(&slowReader{[]byte("héllo, 世界\xff!")})
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	bs := bufio.NewScanner(strings.NewReader("abc"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()

	// Token too long.
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println("tok", len(long.Text()))
	}
	fmt.Println(long.Err(), errors.Is(long.Err(), bufio.ErrTooLong))

	// Custom split: comma-separated with ErrFinalToken.
	cs := bufio.NewScanner(strings.NewReader("a,b,STOP,c"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Print(cs.Text(), ";")
	}
	fmt.Println(cs.Err())

	// Reader.
	r := bufio.NewReaderSize(&slowReader{[]byte("line one\nline two\r\nlast")}, 16)
	fmt.Println(r.Size(), r.Buffered())
	l, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", l, err, r.Buffered())
	pk, err := r.Peek(4)
	fmt.Printf("%q %v\n", pk, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	ru, size, _ := r.ReadRune()
	fmt.Println(string(ru), size, r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte())
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	d, err := bufio.NewReader(strings.NewReader("0123456789")).Discard(4)
	fmt.Println(d, err)
	lr := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 40)+"\n"), 16)
	for {
		line, isPrefix, err := lr.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}

	// Writer: buffer size, flushing, interleaving with direct writes.
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("buffered ")
	fmt.Println("[direct]")
	w.WriteString("more text that overflows\n")
	fmt.Println("[direct2]")
	fmt.Fprintf(w, "%d-%s\n", 7, "x")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println("buffered:", w.Buffered())
	w.Flush()
	fmt.Println()
	var sink bytes.Buffer
	bw := bufio.NewWriter(&sink)
	bw.WriteString("hello")
	fmt.Println(sink.Len(), bw.Buffered(), bw.Available())
	bw.Flush()
	fmt.Println(sink.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&sink))
	s, _ := rw.ReadString(0)
	rw.WriteString("+" + s)
	rw.Flush()
	fmt.Println(sink.String())
}
