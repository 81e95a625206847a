package main

import (
	"fmt"
	"sort"
)

type Animal interface {
	Sound() string
	Name() string
}

type Named struct{ name string }

func (n Named) Name() string { return n.name }

type Dog struct {
	Named
	breed string
}

func (Dog) Sound() string { return "woof" }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type buf struct{ data []string }

func (b *buf) Read() string    { return fmt.Sprint(b.data) }
func (b *buf) Write(s string) { b.data = append(b.data, s) }

func main() {
	var a Animal = Dog{Named{"rex"}, "lab"}
	fmt.Println(a.Name(), a.Sound())
	pt := struct {
		X, Y int
		Tag  string `json:"tag"`
	}{1, 2, "p"}
	fmt.Printf("%v %+v\n", pt, pt)
	xs := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	var rw ReadWriter = &buf{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read())
	var w Writer = rw
	_, ok := w.(Reader)
	fmt.Println(ok)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
}
