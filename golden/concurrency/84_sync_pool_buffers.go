package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{
		New: func() any {
			created++
			return new(bytes.Buffer)
		},
	}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("hello")
	fmt.Println(b.String(), "created:", created)
	b.Reset()
	fmt.Println("reset len:", b.Len())

	var empty sync.Pool
	fmt.Println("Get without New:", empty.Get())
	empty.Put(nil)
	fmt.Println("after Put(nil):", empty.Get())

	for i := 0; i < 3; i++ {
		x := pool.Get().(*bytes.Buffer)
		fmt.Fprintf(x, "item %d", i)
		fmt.Println(x.String())
		x.Reset()
	}
	fmt.Println("created at least once:", created >= 1)
}
