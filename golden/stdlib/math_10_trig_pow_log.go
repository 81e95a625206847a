package main

import (
	"fmt"
	"math"
)

func main() {
	for _, deg := range []float64{0, 30, 45, 60, 90, 180, 270} {
		r := deg * math.Pi / 180
		fmt.Printf("%3.0f sin=%.6f cos=%.6f tan=%.4g\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	fmt.Println(math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(-1, -1))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 1.0/3), math.Cbrt(-8), math.Pow(0, -1))
	fmt.Println(math.Exp(1), math.Exp2(10), math.Expm1(1e-10), math.Log1p(1e-10))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log2(3))
	fmt.Println(math.Hypot(3, 4), math.Sqrt(2), math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3))
	frac, exp := math.Frexp(40)
	fmt.Println(frac, exp, math.Ldexp(frac, exp))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Abs(-2.5), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Gamma(5), math.Erf(0.5), math.Ilogb(1000), math.Logb(1000))
	lg, sign := math.Lgamma(-2.5)
	fmt.Println(lg, sign, math.FMA(2, 3, 4))
}
