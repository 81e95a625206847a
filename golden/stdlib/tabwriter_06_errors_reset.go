package main

import (
	"fmt"
	"text/tabwriter"
)

type tw struct {
	fail  bool
	short bool
	pan   bool
	out   []byte
}

func (w *tw) Write(p []byte) (int, error) {
	if w.pan {
		panic("kaboom")
	}
	if w.fail {
		return 0, fmt.Errorf("fail")
	}
	if w.short && len(p) > 1 {
		w.out = append(w.out, p[:1]...)
		return 1, nil
	}
	w.out = append(w.out, p...)
	return len(p), nil
}

func main() {
	u := &tw{fail: true}
	w := tabwriter.NewWriter(u, 0, 8, 1, '.', 0)
	fmt.Fprint(w, "a\tb\nc\td\n")
	fmt.Println(w.Flush())
	u.fail = false
	fmt.Fprint(w, "x\ty\n")
	fmt.Println(w.Flush(), string(u.out))
	u.out = nil
	u.short = true
	n, err := fmt.Fprint(w, "abc\n")
	fmt.Println(n, err, string(u.out))
	u.short = false
	fmt.Println(w.Flush(), string(u.out))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		u.pan = true
		fmt.Fprint(w, "q\n")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Fprint(w, "q\tr")
		w.Flush()
	}()
	u.pan = false
	u.out = nil
	fmt.Fprint(w, "z\n")
	fmt.Println(w.Flush(), string(u.out))
}
