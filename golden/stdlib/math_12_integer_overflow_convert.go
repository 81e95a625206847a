package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i64 int64 = math.MinInt64
	fmt.Println(-i64, i64/-1 == i64)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(math.Round(f)))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	u32, one := uint32(1<<32-1), int32(1)
	fmt.Println(u32+1, int32(math.MaxInt32)+one)
	x := 1e20
	fmt.Println(int64(x) == math.MinInt64 || int64(x) != 0)
	fmt.Println(math.Float32frombits(0x3f800000), math.Float64bits(0.1))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}
