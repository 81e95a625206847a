package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MinInt8, math.MaxInt8, math.MaxUint8)
	fmt.Println(math.MinInt16, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MinInt32, math.MaxInt32, uint32(math.MaxUint32))
	fmt.Println(math.MinInt64, math.MaxInt64)
	fmt.Println(uint64(math.MaxUint64))
	x := int64(math.MinInt64)
	fmt.Println(-x, x-1, x*-1)
	var y int32 = math.MinInt32
	fmt.Println(-y, y/-1)
	var z int = math.MaxInt
	fmt.Println(z+1 < z)
	fmt.Println(math.MaxInt == math.MaxInt64)
}
