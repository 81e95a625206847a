package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.n) }

type Wrap struct {
	V  V
	P  P
	PP *P
	VP *V
}

type Outer struct {
	W  Wrap
	Ws []Wrap
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Temps map[string]Celsius

type Matrix [2][2]Celsius

type Level uint8

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l%3] }

type Err string

func (e Err) Error() string { return "err:" + string(e) }

func main() {
	v, p := V{1}, P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %v %s %d\n", v, &p, &v, v)
	w := Wrap{V{3}, P{4}, &P{5}, &V{6}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(Outer{w, []Wrap{{V: V{7}}}})
	fmt.Println(Temps{"in": 21.5, "out": -3})
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	fmt.Println([]Level{0, 1, 2, 3}, Level(1))
	fmt.Printf("%d %x %v %s %q\n", Level(2), Level(2), Level(2), Level(2), Level(2))
	fmt.Println(Err("x"), []Err{"a", "b"}, map[Err]int{"k": 1})
	fmt.Printf("%v|%s|%q|%x|%10v|%-10v|\n", Err("e"), Err("e"), Err("e"), Err("e"), Err("e"), Err("e"))
	var s fmt.Stringer = Celsius(37)
	fmt.Println(s, []fmt.Stringer{V{8}, &P{9}, Level(0)})
	fmt.Printf("%T %T\n", s, []fmt.Stringer{})
	fmt.Printf("%8v|%-8v|%08v\n", v, Celsius(1), Level(1))
}
