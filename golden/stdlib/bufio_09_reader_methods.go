package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma\nlast-no-newline"))
	p, _ := r.Peek(5)
	fmt.Printf("peek %q\n", p)
	word, _ := r.ReadString(' ')
	fmt.Printf("%q\n", word)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := r.ReadByte()
	r.UnreadByte()
	b2, _ := r.ReadByte()
	fmt.Println(string(b), string(b2))
	l, isPrefix, _ := r.ReadLine()
	fmt.Printf("%q %v\n", l, isPrefix)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)

	r2 := bufio.NewReader(strings.NewReader("héllo"))
	for {
		c, size, err := r2.ReadRune()
		if err != nil {
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println()
	r3 := bufio.NewReader(strings.NewReader("a,b,,c"))
	for {
		tok, err := r3.ReadBytes(',')
		fmt.Printf("%q ", tok)
		if err != nil {
			break
		}
	}
	fmt.Println()
	n, _ := r3.Discard(3)
	fmt.Println(n, r3.Buffered())
}
