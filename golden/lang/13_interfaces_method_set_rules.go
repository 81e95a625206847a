package main

import "fmt"

type Namer interface{ Name() string }
type Setter interface{ Set(string) }

type V struct{ n string }

func (v V) Name() string   { return "V:" + v.n }
func (v *V) Set(s string) { v.n = s }

type Holder struct{ *V }
type ValHolder struct{ V }

func main() {
	v := V{"a"}
	var n Namer = v
	var np Namer = &v
	var s Setter = &v
	s.Set("b")
	fmt.Println(n.Name(), np.Name(), v.n)
	h := Holder{&V{"h"}}
	var hs Setter = h
	hs.Set("h2")
	var hn Namer = h
	fmt.Println(hn.Name())
	vh := ValHolder{V{"vh"}}
	var vhn Namer = vh
	var vhs Setter = &vh
	vhs.Set("vh2")
	fmt.Println(vhn.Name(), vh.Name())
	_, ok := interface{}(vh).(Setter)
	_, okp := interface{}(&vh).(Setter)
	fmt.Println(ok, okp)
}
