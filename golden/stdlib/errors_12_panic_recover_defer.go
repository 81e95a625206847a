package main

import (
	"errors"
	"fmt"
	"os"
)

func mayPanic() { panic("a problem") }

type E struct{ s string }

func (e E) Error() string { return "E:" + e.s }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		if err, ok := r.(error); ok {
			fmt.Println("error:", err.Error())
		}
	}()
	f()
}

func main() {
	try(mayPanic)
	try(func() { var a []int; _ = a[5] })
	try(func() { var m map[string]int; m["a"] = 1 })
	try(func() { var p *E; _ = p.s })
	try(func() { x := 0; fmt.Println(1 / x) })
	try(func() { var i interface{} = "s"; _ = i.(int) })
	try(func() { var i interface{}; _ = i.(int) })
	try(func() { var i fmt.Stringer; _ = i.(interface{ Foo() }) })
	try(func() { panic(E{"custom"}) })
	try(func() { panic(errors.New("plain")) })
	try(func() { panic(fmt.Sprintf("fmt %d", 3)) })
	try(func() { a := []int{1, 2, 3}; i := 5; _ = a[1:i] })
	try(func() { ch := make(chan int); close(ch); close(ch) })
	try(func() { n := -1; _ = make([]int, n) })
	try(func() { panic(42) })
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	f, _ := os.Create("defer-test.txt")
	defer os.Remove("defer-test.txt")
	defer f.Close()
	panic(fmt.Errorf("wrapped: %w", E{"final"}))
}
