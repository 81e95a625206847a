package main

import (
	"fmt"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	parts := make([]string, len(ip))
	for i, b := range ip {
		parts[i] = fmt.Sprint(b)
	}
	return strings.Join(parts, ".")
}

type T struct{ a int }

func (t *T) String() string { return fmt.Sprintf("T(%d)", t.a) }

type E struct{}

func (E) Error() string { return "E error" }

func main() {
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}}
	for name, ip := range hosts {
		fmt.Printf("%v: %v %s %d\n", name, ip, ip, ip)
	}
	t := T{5}
	fmt.Println(t, &t)
	fmt.Printf("%v %+v %s\n", []*T{&t}, t, &t)
	fmt.Println(E{}, []error{E{}})
	fmt.Printf("%v %q\n", E{}, E{})
}
