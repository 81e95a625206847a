package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 62
	Small = Big >> 61
	F     = 1.0 / 3
	S     = "con" + "cat"
	B     = len(S) > 3
	R     = 'a' + 1
)

func main() {
	fmt.Println(Small, F, S, B, R, string(rune(R)))
	fmt.Println(math.Pi, float32(math.Pi), math.MaxInt8, math.MinInt16)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 0.1+0.2, 1e100)
	const x = 10
	var y float64 = x / 4
	var z float64 = x / 4.0
	fmt.Println(y, z, x%3, -7/2, 7>>1)
	fmt.Println(5/2*2.0, 2.0*5/2)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
	fmt.Printf("%T %T %T\n", R, F, c)
}
