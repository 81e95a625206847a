package main

import "fmt"

var registry = map[string]func() string{}

var order []string

func register(name string, f func() string) bool {
	registry[name] = f
	order = append(order, name)
	return true
}

var _ = register("alpha", func() string { return "A" })
var _ = register("beta", func() string { return "B" })

var table = buildTable()

func buildTable() []int {
	t := make([]int, 5)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func init() {
	register("gamma", func() string { return "G" })
}

func main() {
	for _, n := range order {
		fmt.Println(n, registry[n]())
	}
	fmt.Println(table)
}
