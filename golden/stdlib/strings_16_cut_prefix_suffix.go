package main

// strings.CutPrefix and strings.CutSuffix (Go 1.20).

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"prefix-body", "body", "prefix-", "", "prefix-body-body"} {
		a, ok := strings.CutPrefix(s, "prefix-")
		b, ok2 := strings.CutSuffix(s, "-body")
		fmt.Printf("%q: CutPrefix=%q %v CutSuffix=%q %v\n", s, a, ok, b, ok2)
	}
	a, ok := strings.CutPrefix("abc", "")
	fmt.Printf("%q %v\n", a, ok)
	b, ok := strings.CutSuffix("abc", "")
	fmt.Printf("%q %v\n", b, ok)
	c, ok := strings.CutPrefix("日本語", "日")
	fmt.Printf("%q %v\n", c, ok)
}
