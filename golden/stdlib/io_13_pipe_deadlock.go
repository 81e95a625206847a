package main

import (
	"fmt"
	"io"
)

// A pipe read with no writer left blocks forever: Go reports the deadlock.
func main() {
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("only this"))
	}()
	buf := make([]byte, 64)
	n, err := pr.Read(buf)
	fmt.Println(string(buf[:n]), err)
	n, err = pr.Read(buf)
	fmt.Println("never printed", n, err)
}
