// Go 1.24 iterators (not in the 1.19 oracle): outputs derived from the strings and bytes docs.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func show(name string, seq func(func(string) bool)) {
	fmt.Print(name, ":")
	for s := range seq {
		fmt.Printf(" %q", s)
	}
	fmt.Println()
}

func main() {
	show("Lines", strings.Lines("one\ntwo\n\nthree"))
	show("Lines empty", strings.Lines(""))
	show("Lines nl", strings.Lines("\n"))
	show("SplitSeq", strings.SplitSeq("a,b,,c", ","))
	show("SplitSeq none", strings.SplitSeq("abc", "x"))
	show("SplitSeq empty sep", strings.SplitSeq("héy\xff", ""))
	show("SplitSeq empty", strings.SplitSeq("", ","))
	show("SplitAfterSeq", strings.SplitAfterSeq("a,b,c", ","))
	show("FieldsSeq", strings.FieldsSeq("  foo bar\u00a0baz\t\n"))
	show("FieldsFuncSeq", strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit))
	for s := range strings.SplitSeq("stop,here,never", ",") {
		if s == "here" {
			break
		}
		fmt.Println("got", s)
	}
	for b := range bytes.Lines([]byte("x\ny")) {
		fmt.Printf("%q len=%d cap=%d\n", b, len(b), cap(b))
	}
	for b := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Print(string(b), ";")
	}
	for b := range bytes.FieldsSeq([]byte(" p  q ")) {
		fmt.Print(string(b), ";")
	}
	fmt.Println()
}
