package main

import "fmt"

type T struct {
	A int
	_ int
	B string
	_ [2]byte
}

func ignoreParams(_ int, x int, _ string) int { return x }

func three() (int, int, int) { return 1, 2, 3 }

var _ = fmt.Sprint("unused package-level")

type I interface{ M() }
type Impl struct{}

func (Impl) M() {}

var _ I = Impl{}
var _ I = (*Impl)(nil)

func main() {
	t := T{A: 1, B: "b"}
	fmt.Printf("%+v\n", t)
	fmt.Println(ignoreParams(1, 2, "x"))
	_, b, _ := three()
	fmt.Println(b)
	for _, v := range []string{"p", "q"} {
		fmt.Print(v)
	}
	fmt.Println()
	var _ int = 5
	_ = b
	m := map[string]int{"a": 1}
	_, ok := m["a"]
	fmt.Println(ok)
}
