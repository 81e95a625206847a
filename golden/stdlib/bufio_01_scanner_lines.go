package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first line\nsecond line\n\nfourth after blank\nno newline at end"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())
	crlf := bufio.NewScanner(strings.NewReader("a\r\nb\r\n"))
	for crlf.Scan() {
		fmt.Printf("%q\n", crlf.Text())
	}
}
