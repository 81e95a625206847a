package main

import "fmt"

type Resource struct {
	name   string
	closed bool
}

func (r *Resource) Close() {
	r.closed = true
	fmt.Println("close", r.name)
}

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name: name}
}

func work() (err error) {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("work failed: %v", r)
		}
	}()
	panic("disk full")
}

func main() {
	fmt.Println(work())
	r := open("c")
	func() {
		defer r.Close()
	}()
	fmt.Println(r.closed)
}
