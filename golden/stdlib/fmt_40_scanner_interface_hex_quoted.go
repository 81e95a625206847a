package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func (p *Pt) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var s string
	n, err := fmt.Sscanf("68656c6c6f rest", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("6g", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("`raw \\n`", "%q", &s)
	fmt.Println(n, err, s)
	var p Pt
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var a, b int
	n, err = fmt.Fscan(strings.NewReader("7 8"), &a, &b)
	fmt.Println(n, err, a, b)
}
