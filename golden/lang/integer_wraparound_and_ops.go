package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u uint = 1
	fmt.Println(i8, u8, u<<63, -u)
	x := math.MaxInt64
	x++
	fmt.Println(x, x == math.MinInt64)
	a, b := 7, -2
	fmt.Println(a/b, a%b, -a/2, -a%2, a&^5, a^b, ^a, a>>1, b>>1)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, u32<<1, int32(u32))
	f := 3.9
	fmt.Println(int(f), int(-f), uint8(int(f)+254))
	var big uint64 = math.MaxUint64
	fmt.Println(big, float64(big), int64(big))
}
