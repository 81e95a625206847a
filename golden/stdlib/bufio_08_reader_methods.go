package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha,beta\ngamma\nδelta"))
	s, err := r.ReadString(',')
	fmt.Printf("%q %v\n", s, err)
	b, _ := r.Peek(3)
	fmt.Printf("peek %q buffered %d\n", b, r.Buffered())
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	c, _ := r.ReadByte()
	fmt.Printf("%c\n", c)
	fmt.Println(r.UnreadByte())
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	ru, size, _ := r.ReadRune()
	fmt.Printf("%c %d\n", ru, size)
	fmt.Println(r.UnreadRune())
	n, _ := r.Discard(2)
	fmt.Println("discarded", n)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err == io.EOF)

	r2 := bufio.NewReaderSize(strings.NewReader("x y z"), 16)
	fmt.Println(r2.Size())
	var out strings.Builder
	m, err := r2.WriteTo(&out)
	fmt.Println(m, err, out.String())
}
