package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(-1, -1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
	fmt.Println(math.Sqrt(144), math.Cbrt(27), math.Cbrt(-8), math.Hypot(3, 4))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(9, 0.5), math.Pow10(3), math.Pow10(-2))
	fmt.Println(math.Exp(0), math.Exp2(8), math.Log2(1024), math.Log10(0.001), math.Log(math.E))
	fmt.Printf("%.10f %.10f\n", math.Log1p(1e-10), math.Expm1(1e-10))
	fmt.Println(math.Ilogb(1000), math.Logb(8))
	fmt.Printf("%.6f %.6f %.6f\n", math.Gamma(5), math.Erf(0.5), math.Erfc(0.5))
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.6f %d\n", lg, sign)
	fmt.Println(math.Signbit(-3), math.Copysign(3, -1), math.FMA(2, 3, 4))
	s, c := math.Sincos(0)
	fmt.Println(s, c)
	for x := 1.0; x <= 5; x++ {
		fmt.Printf("%g: sqrt=%.4f ln=%.4f exp=%.4f\n", x, math.Sqrt(x), math.Log(x), math.Exp(x))
	}
}
