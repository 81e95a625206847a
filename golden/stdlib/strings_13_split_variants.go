package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(name string, parts []string) {
	fmt.Printf("%-14s %d %q\n", name, len(parts), parts)
}

func main() {
	inputs := []string{"", ",", "a", "a,b,c", ",a,,b,", "a,b,c,d,e", "日,本,語"}
	for _, s := range inputs {
		fmt.Printf("== %q\n", s)
		show("Split", strings.Split(s, ","))
		show("SplitAfter", strings.SplitAfter(s, ","))
		for _, n := range []int{-1, 0, 1, 2, 3} {
			show(fmt.Sprintf("SplitN %d", n), strings.SplitN(s, ",", n))
			show(fmt.Sprintf("SplitAfterN %d", n), strings.SplitAfterN(s, ",", n))
		}
		show("Split empty", strings.Split(s, ""))
		show("SplitN empty2", strings.SplitN(s, "", 2))
	}
	show("multi-sep", strings.Split("a--b----c", "--"))
	show("Fields", strings.Fields("  foo bar\t baz\n\v\f\r qux  \u00a0 end\u2003x "))
	show("Fields empty", strings.Fields("   "))
	show("FieldsFunc", strings.FieldsFunc("a1b22c333;d", unicode.IsDigit))
	show("FieldsFunc2", strings.FieldsFunc("  x;;y;z;", func(r rune) bool { return r == ';' || r == ' ' }))
	show("FieldsFunc3", strings.FieldsFunc("", unicode.IsSpace))
	fmt.Printf("%q\n", strings.Join(strings.Fields(" a  b c "), "+"))
	fmt.Printf("%q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"", ""}, "-"))
	for _, s := range []string{"key=value", "novalue", "=v", "k=", "a=b=c"} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("Cut %q -> %q %q %v\n", s, before, after, found)
	}
}
