package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := maps.Clone(a)
	b["z"] = 3
	fmt.Println(a, b, maps.Equal(a, b))
	delete(b, "z")
	fmt.Println(maps.Equal(a, b))
	var nilMap map[string]int
	c := maps.Clone(nilMap)
	fmt.Println(c == nil, len(c), maps.Equal(nilMap, map[string]int{}))

	dst := map[string]int{"x": 100, "w": 0}
	maps.Copy(dst, a)
	fmt.Println(dst)

	lower := map[int]string{1: "one", 2: "two"}
	upper := map[int]string{1: "ONE", 2: "TWO"}
	fmt.Println(maps.Equal(lower, upper), maps.EqualFunc(lower, upper, strings.EqualFold))

	type set map[string]struct{}
	s := set{"go": {}, "c": {}}
	t := maps.Clone(s)
	fmt.Printf("%T %v\n", t, len(t))
}
