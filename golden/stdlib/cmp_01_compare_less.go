package main

import (
	"cmp"
	"fmt"
	"math"
)

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("apple", "banana"), cmp.Compare("b", "B"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, math.Inf(-1)), cmp.Compare(nan, nan), cmp.Compare(0.0, nan))
	fmt.Println(cmp.Less(nan, 0.0), cmp.Less(0.0, nan), cmp.Less(nan, nan))
	negz := math.Copysign(0, -1)
	fmt.Println(cmp.Compare(negz, 0.0), cmp.Less(negz, 0.0))
	fmt.Println(cmp.Less(uint8(200), 100), cmp.Compare[int64](-5, 5))
	type level int
	fmt.Println(cmp.Compare(level(3), level(1)))
}
