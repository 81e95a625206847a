package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

// upper is a user io.Writer that upper-cases and counts writes.
type upper struct {
	sb     strings.Builder
	writes int
}

func (u *upper) Write(p []byte) (int, error) {
	u.writes++
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

// failing returns an error after n bytes.
type failing struct{ left int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n := f.left
		f.left = 0
		return n, errors.New("disk full")
	}
	f.left -= len(p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 7, "seven")
	fmt.Println(n, err, sb.String(), sb.Len())
	fmt.Fprint(&sb, " ", 1, 2, "x", 3)
	fmt.Fprintln(&sb, "|", true)
	fmt.Printf("%q\n", sb.String())

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%05.1f|", 3.14159)
	fmt.Fprintln(&buf, []int{1, 2})
	fmt.Fprint(&buf, "end")
	fmt.Printf("%q %d\n", buf.String(), buf.Len())

	u := &upper{}
	n, err = fmt.Fprintf(u, "hello %s, %v", "world", map[string]int{"a": 1})
	fmt.Println(n, err, u.sb.String(), u.writes)

	f := &failing{left: 5}
	n, err = fmt.Fprintf(f, "0123456789")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(f, "more")
	fmt.Println(n, err)

	n, err = fmt.Fprintln(os.Stdout, "to stdout", 1.5)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "to stderr %d\n", 42)
	fmt.Println(n, err)
	n, err = fmt.Print("print returns ")
	fmt.Println(n, err)
	n, err = fmt.Println("héllo", "wörld")
	fmt.Println(n, err)

	b := fmt.Appendf(nil, "%d+%d", 1, 2)
	b = fmt.Append(b, " = ", 3)
	b = fmt.Appendln(b, " ok")
	fmt.Printf("%q\n", b)
	s := fmt.Sprintln("a", 1, true, nil, 2.5)
	fmt.Printf("%q\n", s)
}
