package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0.5, -0.5, 1.9999, -1.9999, 2147483647.9, 1e15 + 0.5}
	for _, v := range vals {
		fmt.Println(v, int64(v), int32(int64(v)))
	}
	fmt.Println(int(math.Floor(-0.5)), int(math.Round(2.5)), int(math.Ceil(0.0001)))
	var f32 float32 = 16777217
	fmt.Println(int32(f32))
	u := uint64(math.MaxUint32) + 1
	fmt.Println(float32(u), float64(u))
	m1, u200 := int8(-1), uint8(200)
	fmt.Println(uint8(m1), int8(u200))
	x := 0.1
	y := float32(x)
	fmt.Println(float64(y) == x, float64(y))
}
