package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo\nwörld\nlast"))
	for {
		ch, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		if ch == '\n' {
			fmt.Println(" <nl>")
			continue
		}
		fmt.Printf("%c%d", ch, size)
	}
	fmt.Println()
	r2 := bufio.NewReader(strings.NewReader("ab"))
	c, _, _ := r2.ReadRune()
	r2.UnreadRune()
	c2, _, _ := r2.ReadRune()
	fmt.Println(string(c), string(c2))
	r3 := bufio.NewReader(strings.NewReader("k1 v1\nk2 v2\n"))
	for {
		line, isPrefix, err := r3.ReadLine()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
	r4 := bufio.NewReader(strings.NewReader("field1;field2;field3"))
	for {
		tok, err := r4.ReadBytes(';')
		fmt.Printf("%q ", tok)
		if err != nil {
			break
		}
	}
	fmt.Println()
}
