package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	n, err := os.Stdout.WriteString("direct write\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("bytes write\n"))
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 42)
	fmt.Fprintln(os.Stderr, "to stderr")
	var w io.Writer = os.Stdout
	io.WriteString(w, "via io.WriteString\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
}
