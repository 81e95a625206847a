package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	c := Counter{}
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get())
	cs := []Counter{{}, {}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
}
