package main

import (
	"errors"
	"fmt"
)

type color int

func (c color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("color(%d)", int(c))
}

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

type gs struct{ a, b int }

func (g gs) GoString() string { return fmt.Sprintf("gs(%d+%d)", g.a, g.b) }
func (g gs) String() string   { return "gs-string" }

type hidden struct {
	c color // unexported: no String call
	C color
}

type box struct {
	Colors []color
	ByName map[string]color
	Ptr    *color
	Err    error
	Any    any
	PS     *ptrStringer
	Val    ptrStringer
	G      gs
	Arr    [2]color
}

type listNode struct {
	V    color
	Next *listNode
}

func main() {
	c := color(1)
	fmt.Println(c, color(0), color(7))
	fmt.Printf("%v %s %d %q %x %X %#v %+v\n", c, c, c, c, c, c, c, c)
	fmt.Println([]color{0, 1, 2}, [2]color{1, 0}, map[color]color{1: 0, 0: 1})
	fmt.Println(hidden{1, 1})
	fmt.Printf("%+v %#v\n", hidden{0, 7}, hidden{0, 7})

	red := color(0)
	b := box{
		Colors: []color{0, 1},
		ByName: map[string]color{"x": 1, "a": 0},
		Ptr:    &red,
		Err:    myErr{404},
		Any:    color(5),
		PS:     &ptrStringer{3},
		Val:    ptrStringer{4},
		G:      gs{1, 2},
		Arr:    [2]color{1, 1},
	}
	s := fmt.Sprintf("%v", b)
	// the Ptr field prints as an address: cut it out
	fmt.Println(len(s) > 0, s[:23])
	b.Ptr = nil
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%#v\n", b.G)
	fmt.Printf("%#v\n", []gs{{1, 1}, {2, 2}})
	fmt.Printf("%#v\n", map[string]gs{"k": {3, 4}})
	fmt.Printf("%#v\n", struct{ G gs }{gs{5, 6}})
	fmt.Printf("%#v %#v\n", []color{1}, map[color]bool{0: true})
	fmt.Printf("%#v\n", box{Colors: []color{}, Err: myErr{1}})

	fmt.Println(myErr{1}, []error{myErr{2}, nil, errors.New("plain")})
	fmt.Printf("%v %s %q %d\n", myErr{3}, myErr{3}, myErr{3}, myErr{3})
	var e error = myErr{9}
	fmt.Println(map[string]error{"e": e, "nil": nil})
	fmt.Println([]*ptrStringer{{1}, {2}}, ptrStringer{5}, &ptrStringer{6})
	fmt.Println([]any{color(1), myErr{1}, gs{}, 3, "s", nil})

	list := &listNode{0, &listNode{1, nil}}
	fmt.Printf("%v %+v\n", list.V, *list.Next)
	fmt.Println([][]color{{0}, {1, 2}}, map[string][]color{"m": {1}})
}
