package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	n, err := io.CopyN(&b, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, b.String())
	n, err = io.CopyN(&b, strings.NewReader("ab"), 5)
	fmt.Println(n, err, b.String())

	lr := io.LimitReader(strings.NewReader("limited reader text"), 7)
	d, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", d)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two "), strings.NewReader("three"))
	d, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", d)

	var x, y bytes.Buffer
	mw := io.MultiWriter(&x, &y, os.Stdout)
	fmt.Fprintln(mw, "to all three")
	fmt.Printf("%q %q\n", x.String(), y.String())

	var seen bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &seen)
	first := make([]byte, 3)
	io.ReadFull(tr, first)
	fmt.Printf("%q %q\n", first, seen.String())
	io.Copy(io.Discard, tr)
	fmt.Printf("%q\n", seen.String())

	buf := make([]byte, 4)
	n, err = io.CopyBuffer(&x, strings.NewReader("copied with buffer"), buf)
	fmt.Println(n, err, x.String())
}
