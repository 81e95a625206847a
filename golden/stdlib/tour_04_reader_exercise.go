// A Tour of Go's Readers exercise, solved (an endless stream of 'A'), and a wrong reader:
// golang.org/x/tour/reader prints OK! or reports the first bad byte on standard error.
// Output derived from the Tour package's documented behaviour.
package main

import (
	"fmt"

	"golang.org/x/tour/reader"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type badReader struct{ n int }

func (r *badReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	r.n++
	if r.n == 3 {
		b[5] = 'B'
	}
	return len(b), nil
}

func main() {
	reader.Validate(MyReader{})
	reader.Validate(&badReader{})
	fmt.Println("after")
}
