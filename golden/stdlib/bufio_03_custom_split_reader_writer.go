package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a,bb,,ccc"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("line one\nline two\nrest"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("xyz"))
	b, _ := r2.Peek(2)
	fmt.Println(string(b))
	c, _ := r2.ReadByte()
	fmt.Println(string(c))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	fmt.Println("buffered before flush:", w.Buffered())
	w.Flush()
}
