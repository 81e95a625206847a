package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	n, err := os.Stdout.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("write string\n")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "fprintf", 7)
	io.WriteString(os.Stdout, "io.WriteString\n")
	var w io.Writer = os.Stdout
	fmt.Fprint(w, "via interface", "\n")
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
}
