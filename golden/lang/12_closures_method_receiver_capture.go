package main

import "fmt"

type Acc struct{ sum int }

func (a *Acc) Adder() func(int) {
	return func(n int) { a.sum += n }
}

func (a Acc) Snapshot() func() int {
	return func() int { return a.sum }
}

func main() {
	a := &Acc{}
	add := a.Adder()
	add(5)
	add(10)
	snap := a.Snapshot()
	add(100)
	fmt.Println(a.sum, snap())
	b := Acc{1}
	bAdd := b.Adder()
	bAdd(1)
	fmt.Println(b.sum)
	handlers := map[string]func(int){"add": a.Adder()}
	handlers["add"](1)
	fmt.Println(a.sum)
}
