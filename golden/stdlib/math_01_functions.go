package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-0.5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Atan2(1, 1), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Log(0), math.Log(-1), math.Sqrt(-1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Remainder(10, 3), math.Mod(10, 3), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	fmt.Println(math.MaxInt32, math.MinInt64, math.MaxUint16, math.Pi)
}
