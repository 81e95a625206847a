package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		fmt.Println(name, "other:", r)
	}()
	f()
}

func main() {
	catch("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	catch("slice", func() {
		s := []int{1, 2, 3}
		i, j := 2, 1
		_ = s[i:j]
	})
	catch("nilmap", func() {
		var m map[int]int
		m[1] = 1
	})
	catch("div", func() {
		a, b := 1, 0
		_ = a / b
	})
	catch("nilptr", func() {
		var p *struct{ X int }
		_ = p.X
	})
	catch("assert", func() {
		var i interface{} = "s"
		_ = i.(int)
	})
	catch("custom", func() { panic("plain string") })
}
