package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	S     []Inner
	M     map[string]Inner
	Ptrs  []*Inner
	Iface interface{}
	F     func()
	Ch    chan int
	Arr   [2]bool
	priv  float64
	E     error
	By    []byte
}

type Named map[string][]int

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, S: []Inner{in, {2, "y"}}, M: map[string]Inner{"k": in, "a": {}}, Iface: in, Arr: [2]bool{true, false}, priv: 1.5, By: []byte("ab")}
	fmt.Printf("%v\n%+v\n", o, o)
	s := fmt.Sprintf("%#v", o)
	fmt.Println(s)
	fmt.Printf("%v %+v %#v\n", &in, &in, []Inner{in})
	fmt.Printf("%#v %#v %#v\n", Named{"z": {1}, "a": nil}, map[int]string{}, []string(nil))
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, float32(2.5), 'x', "q\"", uint8(7))
	fmt.Printf("%#v %#v %#v\n", struct{}{}, struct{ X, Y int }{1, 2}, [0]int{})
	var ip *int
	var e error
	fmt.Printf("%v %+v %#v %v %#v\n", ip, ip, ip, e, e)
	fmt.Printf("%v %d\n", []*int{nil}, []int{1, 2})
	fmt.Println(map[Inner]int{{2, "b"}: 2, {1, "z"}: 1, {1, "a"}: 0})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, 1.5: 3, "a": 4, false: 5, 1: 6})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2})
	fmt.Printf("%x %X\n", Inner{255, "hi"}, []string{"a", "b"})
	fmt.Printf("%08d|%-5v|%5v\n", []int{1, -2}, []int{3}, Inner{4, "z"})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil})
	type pair struct {
		k *string
		v interface{}
	}
	fmt.Printf("%+v\n", pair{nil, nil})
	fmt.Printf("%#v\n", pair{nil, 3})
	fmt.Printf("%#v\n", map[string]interface{}{"a": 1, "b": []int{2}, "c": nil})
}
