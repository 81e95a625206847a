package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("runtime.Error %s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("double close", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("nil close", func() {
		var c chan string
		close(c)
	})
	try("ok", func() {})
}
