package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	fmt.Println(b.Len(), b.String()[:20])
	p := make([]byte, 50)
	n, _ := b.Read(p)
	fmt.Println(n, string(p[:10]), b.Len())
	b.Truncate(10)
	fmt.Println(b.String(), b.Len())
	b.WriteString("tail")
	fmt.Println(b.String())
	b.Truncate(0)
	fmt.Println(b.Len(), b.String() == "")
	b.Write([]byte("ab\ncd\n\nef"))
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	b.Truncate(5)
}
