package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type config struct {
	host string
	port int
}

type order struct {
	customer string
	product  string
	price    int
}

func main() {
	var c config
	host := cmp.Or(c.host, "localhost")
	port := cmp.Or(c.port, 8080)
	fmt.Println(host, port)
	fmt.Println(cmp.Or("", "", "third"), cmp.Or(0, 0), cmp.Or[string]())
	fmt.Println(cmp.Or(config{}, config{"h", 1}, config{"x", 2}))

	orders := []order{
		{"bob", "pen", 3}, {"ann", "ink", 9}, {"bob", "cup", 3}, {"ann", "pad", 2}, {"cy", "pen", 3},
	}
	// multi-key comparison with cmp.Or: customer, then price descending, then product
	slices.SortFunc(orders, func(a, b order) int {
		return cmp.Or(
			strings.Compare(a.customer, b.customer),
			cmp.Compare(b.price, a.price),
			strings.Compare(a.product, b.product),
		)
	})
	for _, o := range orders {
		fmt.Println(o.customer, o.price, o.product)
	}
}
