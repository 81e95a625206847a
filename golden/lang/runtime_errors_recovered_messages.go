// Slice to array conversion is Go 1.20+: expected output derived from the spec (len 3 >= 2: no panic).
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name+":", e.Error())
		} else {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1, 2, 3}
	i := 5
	var iface any = "str"
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { fmt.Println(p.x) })
	try("index", func() { fmt.Println(s[i]) })
	try("slice", func() { fmt.Println(s[2:i]) })
	try("div", func() { fmt.Println(i / (i - 5)) })
	try("assert", func() { fmt.Println(iface.(int)) })
	try("custom", func() { panic(fmt.Sprintf("v=%d", 7)) })
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("neg make", func() { n := -1; _ = make([]int, n) })
	try("conversion", func() { _ = [2]int(s) })
}
