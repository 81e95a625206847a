package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("disk on fire") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) {
	if len(p) > 2 {
		return 2, nil
	}
	return len(p), nil
}

func main() {
	r := strings.NewReader("ab")
	buf := make([]byte, 1)
	for i := 0; i < 4; i++ {
		n, err := r.Read(buf)
		fmt.Println(n, err, err == io.EOF)
	}
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	_, err := io.ReadAll(errReader{})
	fmt.Println(err)
	n, err := io.Copy(shortWriter{}, strings.NewReader("abcdef"))
	fmt.Println(n, err)
	n2, err := io.WriteString(shortWriter{}, "xyz")
	fmt.Println(n2, err)
	wrapped := fmt.Errorf("reading header: %w", io.ErrUnexpectedEOF)
	fmt.Println(errors.Is(wrapped, io.ErrUnexpectedEOF), errors.Is(wrapped, io.EOF))
	_, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 3)
	fmt.Println(err)
}
