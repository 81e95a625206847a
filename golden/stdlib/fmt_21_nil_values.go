package main

import (
	"fmt"
)

type S struct {
	P  *int
	M  map[string]int
	L  []int
	I  any
	E  error
	F  func()
	C  chan int
	PS *S
}

type T interface{ M() }

func main() {
	var p *int
	var m map[string]int
	var l []int
	var i any
	var e error
	var f func()
	var c chan int
	var t T
	fmt.Println(p, m, l, i, e, f == nil, c, t)
	fmt.Printf("%v %v %v %v %v %v\n", p, m, l, i, e, c)
	fmt.Printf("%+v %+v %+v %+v\n", p, m, l, i)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", p, m, l, i, e, c)
	fmt.Printf("%d %d %s %s %x\n", p, l, l, m, l)
	fmt.Printf("%T %T %T %T %T %T %T\n", p, m, l, i, e, f, c)
	fmt.Printf("[%5v] [%-5v] [%05v]\n", l, m, i)
	fmt.Println(len(l), cap(l), len(m), l == nil, m == nil)
	fmt.Println(S{})
	fmt.Printf("%+v\n", S{})
	fmt.Printf("%#v\n", S{})
	fmt.Println([]any{nil, p, l, m}, map[string]any{"a": nil, "b": l})
	fmt.Printf("%#v\n", []any{nil, p, l, m})
	fmt.Println([]*int{nil, nil}, []error{nil}, [2]any{})
	fmt.Printf("%#v %#v\n", []*int{nil}, [1]error{})
	var ps *S
	fmt.Println(ps)
	fmt.Printf("%+v %#v\n", ps, ps)
	empty := []int{}
	emptyM := map[int]bool{}
	fmt.Println(empty, emptyM, empty == nil)
	fmt.Printf("%#v %#v\n", empty, emptyM)
	var bs []byte
	fmt.Printf("%s|%q|%x|%v|%#v\n", bs, bs, bs, bs, bs)
	fmt.Print(nil, nil, "\n")
	fmt.Print(nil, "x", nil, 1, 2, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprintf("%v", nil), fmt.Sprintf("%s", nil))
	fmt.Printf("%d|%q|%t\n", nil, nil, nil)
}
