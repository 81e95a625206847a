// Dot imports put a package's exported names in the file's scope: Println, ToUpper, Builder.
package main

import (
	. "fmt"
	. "strings"
	"math"
)

type T struct{ X int }

func main() {
	Println("hello", ToUpper("dot"), math.Pi)
	var b Builder
	b.WriteString("x")
	Printf("%v %T %d\n", b.String(), b, Count("cheese", "e"))
	s := Sprint(T{3})
	Println(s, Repeat("ab", 2), Fields(" a b "))
	var st Stringer = nil
	Println(st == nil)
}
