package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 0.3)
	x := 1.0
	for i := 0; i < 10; i++ {
		x /= 3
	}
	for i := 0; i < 10; i++ {
		x *= 3
	}
	fmt.Println(x, x == 1)
	fmt.Println(math.Sqrt(2)*math.Sqrt(2) == 2)
	fmt.Println(1e16+1 == 1e16)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5))
	fmt.Println(math.Round(2.5), math.RoundToEven(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2))
	fmt.Println(7.0/2, float64(7)/2, float64(7/2))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32))
}
