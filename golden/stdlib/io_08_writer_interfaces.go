package main

import (
	"fmt"
	"io"
	"strings"
)

type rot13 struct{ w io.Writer }

func (r rot13) Write(p []byte) (int, error) {
	out := make([]byte, len(p))
	for i, c := range p {
		switch {
		case 'a' <= c && c <= 'z':
			c = 'a' + (c-'a'+13)%26
		case 'A' <= c && c <= 'Z':
			c = 'A' + (c-'A'+13)%26
		}
		out[i] = c
	}
	return r.w.Write(out)
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { fmt.Println("closed"); return nil }

func main() {
	var sb strings.Builder
	w := rot13{&sb}
	fmt.Fprintf(w, "Hello, %s! %d\n", "World", 2024)
	fmt.Print(sb.String())
	var wc io.WriteCloser = nopCloser{rot13{&sb}}
	io.WriteString(wc, "Uryyb")
	wc.Close()
	fmt.Println(sb.String())
	var sw io.StringWriter = &sb
	sw.WriteString("!")
	fmt.Println(sb.Len())
	rc := io.NopCloser(strings.NewReader("nop"))
	b, _ := io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	var rs io.ReadSeeker = strings.NewReader("abc")
	_, isWT := rs.(io.WriterTo)
	_, isBR := rs.(io.ByteReader)
	fmt.Println(isWT, isBR)
}
