// Generic type aliases (Go 1.24); Go 1.19 lacks them, expected output derived from the spec.
package main

import (
	"fmt"
	"sort"
)

type Pair[K any, V any] struct {
	Key K
	Val V
}

type Set[T comparable] = map[T]bool
type IntPair[V any] = Pair[int, V]
type List[T any] = []T
type Named = IntPair[string]

func keys[K comparable](s Set[K]) []K {
	var out List[K]
	for k := range s {
		out = append(out, k)
	}
	return out
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("<%v:%v>", p.Key, p.Val) }

func main() {
	s := Set[string]{"b": true, "a": true}
	ks := keys(s)
	sort.Strings(ks)
	fmt.Println(ks, len(s))
	var m map[string]bool = s // an alias is the very same type
	fmt.Println(m["a"])
	p := IntPair[float64]{Key: 1, Val: 2.5}
	fmt.Printf("%v %T\n", p, p)
	var q Pair[int, float64] = p
	fmt.Println(q.Key+1, q)
	var n Named = Pair[int, string]{7, "seven"}
	fmt.Printf("%v %T\n", n, n)
	xs := List[int]{3, 1, 2}
	fmt.Printf("%v %T\n", xs, xs)
}
