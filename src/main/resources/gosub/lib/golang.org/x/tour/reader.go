// Package golang.org/x/tour/reader, as gosub provides it: the checker of A Tour of Go's
// exercise of a Reader that emits an endless stream of 'A'.
package reader

import (
	"fmt"
	"io"
	"os"
)

// Validate reads a megabyte from r and prints OK! when every byte is 'A'; otherwise it
// reports the first problem on standard error.
func Validate(r io.Reader) {
	buf := make([]byte, 1024, 2048)
	calls, total := 0, 0
	for calls < 1<<20 && total < 1<<20 {
		n, err := r.Read(buf)
		calls++
		for i, b := range buf[:n] {
			if b != 'A' {
				fmt.Fprintf(os.Stderr, "got byte %x at offset %v, want 'A'\n", b, total+i)
				return
			}
		}
		total += n
		if err != nil {
			fmt.Fprintf(os.Stderr, "read error: %v\n", err)
			return
		}
	}
	if total == 0 {
		fmt.Fprintf(os.Stderr, "read zero bytes after %d Read calls\n", calls)
		return
	}
	fmt.Println("OK!")
}
