package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	fmt.Fprint(mw, "to both")
	fmt.Println(a.String(), "|", b.String())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed data"), &log)
	got, _ := io.ReadAll(tr)
	fmt.Println(string(got), "/", log.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789ABCDEF"), 4, 8)
	fmt.Println(sr.Size())
	p := make([]byte, 3)
	n, _ := sr.Read(p)
	fmt.Println(n, string(p[:n]))
	n, _ = sr.ReadAt(p, 6)
	fmt.Println(n, string(p[:n]))
	pos, _ := sr.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, string(rest))
	_, err := sr.ReadAt(p, 8)
	fmt.Println(err)

	var d io.Writer = io.Discard
	k, _ := io.WriteString(d, "dropped")
	fmt.Println(k)
}
