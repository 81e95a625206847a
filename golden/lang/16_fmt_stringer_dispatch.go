package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr(%d)", p.v) }

type Wrapper struct {
	T Temp
	N int
}

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, 5)
	fmt.Printf("%f %.2f\n", t, t)
	ps := PtrStr{3}
	fmt.Println(ps)
	fmt.Println(&ps)
	w := Wrapper{t, 2}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println([]Temp{1, 2.5})
	fmt.Println(map[string]Temp{"x": 3})
	fmt.Printf("%q\n", t)
	fmt.Printf("%x\n", Temp(1))
}
