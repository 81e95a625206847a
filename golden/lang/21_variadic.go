package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func info(args ...interface{}) {
	fmt.Println(len(args), args == nil, args)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(","))
	info()
	info(nil)
	info(1, "a", nil)
	iface := []interface{}{1, 2}
	info(iface...)
	info(iface)
	mutate(xs...)
	fmt.Println(xs)
	mutate(7, 8)
	fmt.Printf("%T\n", sum)
}
