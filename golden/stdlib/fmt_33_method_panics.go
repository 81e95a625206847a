package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

type E struct{}

func (E) Error() string { panic(errors.New("inner error")) }

type G struct{}

func (G) GoString() string { panic(42) }

type S struct{}

func (S) String() string {
	var m map[string]int
	m["x"] = 1
	return "never"
}

type Idx struct{}

func (Idx) String() string {
	s := []int{}
	return fmt.Sprint(s[3])
}

func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("[%v] [%s] [%d]\n", t, t, t)
	fmt.Println(&T{"ok"}, []*T{nil, {"x"}})
	fmt.Println(E{})
	fmt.Printf("%v|%s|%d\n", E{}, E{}, E{})
	fmt.Printf("%#v|%v\n", G{}, G{})
	fmt.Println(S{})
	fmt.Println(Idx{})
	fmt.Println([]any{S{}, E{}})
	fmt.Println(fmt.Errorf("wrap: %w", E{}))
	fmt.Println("still running")
}
