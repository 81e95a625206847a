// The Fprint family hands its whole result to the writer's Write method in one call, even
// when the writer also has a WriteString method, and even when the result is empty.
package main

import (
	"fmt"
	"os"
)

type logWriter struct{ calls []string }

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("Write(%q)", p))
	return len(p), nil
}

func (w *logWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("WriteString(%q)", s))
	return len(s), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, fmt.Errorf("disk full after %d bytes", 1) }

func main() {
	w := &logWriter{}
	fmt.Fprint(w, "a", 1, 2, "b")
	fmt.Fprintln(w, "x", 3)
	fmt.Fprintf(w, "%d-%s", 7, "z")
	fmt.Fprintf(w, "")
	fmt.Fprint(w)
	for _, c := range w.calls {
		fmt.Println(c)
	}
	n, err := fmt.Fprintf(failWriter{}, "hello %s", "there")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Println(n, err)
}
