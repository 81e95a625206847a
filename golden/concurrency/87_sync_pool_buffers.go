package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new(bytes.Buffer)
	}}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("hello")
	fmt.Println(b.String(), "created:", created)
	b.Reset()
	pool.Put(b)
	var empty sync.Pool
	fmt.Println("no New:", empty.Get())
	empty.Put(nil)
	fmt.Println("put nil ignored:", empty.Get())
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println("len after reuse:", b2.Len())
}
