package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Show(prefix string) string {
	return fmt.Sprintf("%s%d", prefix, a.total)
}

func main() {
	a := &Acc{}
	add := a.Add
	add(5)
	add(10)
	fmt.Println(a.total)
	v := Acc{7}
	show := v.Show
	v.total = 100
	fmt.Println(show(">"), v.Show(">"))
	f := (*Acc).Add
	f(a, 1)
	fmt.Println(a.total)
	g := Acc.Show
	fmt.Println(g(Acc{3}, "#"))
	h := (*Acc).Show
	fmt.Println(h(a, "@"))
	fmt.Printf("%T\n%T\n%T\n", f, g, add)
}
