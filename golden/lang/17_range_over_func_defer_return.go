// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import "fmt"

func Items(yield func(string) bool) {
	defer fmt.Println("iterator cleanup")
	for _, s := range []string{"x", "y", "z"} {
		if !yield(s) {
			return
		}
	}
}

func find(target string) (idx int) {
	defer func() { fmt.Println("find returns", idx) }()
	i := 0
	for s := range Items {
		defer fmt.Println("deferred in loop body for", s)
		if s == target {
			return i
		}
		i++
	}
	return -1
}

func main() {
	fmt.Println(find("y"))
	fmt.Println(find("nope"))
outer:
	for a := range Items {
		for b := range Items {
			if b == "y" {
				continue outer
			}
			fmt.Println(a, b)
		}
	}
}
