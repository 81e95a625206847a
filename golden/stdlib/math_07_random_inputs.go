package main

import (
	"fmt"
	"math"
)

func main() {
	seed := uint64(12345)
	next := func() float64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		m := float64(seed>>11) / (1 << 53)
		e := int(seed%64) - 32
		v := math.Ldexp(m, e/2)
		if seed&(1<<20) != 0 {
			v = -v
		}
		return v
	}
	fs := []func(float64) float64{math.Sin, math.Cos, math.Tan, math.Asin, math.Acos, math.Atan, math.Sinh, math.Cosh, math.Tanh,
		math.Asinh, math.Acosh, math.Atanh, math.Exp, math.Exp2, math.Expm1, math.Log, math.Log2, math.Log10, math.Log1p, math.Cbrt,
		math.Erf, math.Erfc, math.Gamma, math.Erfinv}
	h := uint64(0)
	for k, f := range fs {
		hk := uint64(0)
		for i := 0; i < 3000; i++ {
			x := next()
			r := f(x)
			hk = hk*31 + math.Float64bits(r)
		}
		fmt.Println(k, hk)
		h ^= hk
	}
	for i := 0; i < 3000; i++ {
		x, y := next(), next()
		h = h*31 + math.Float64bits(math.Pow(math.Abs(x), y)) + math.Float64bits(math.Atan2(x, y))*7 + math.Float64bits(math.Hypot(x, y))*3 + math.Float64bits(math.Mod(x, y))*5
		lg, _ := math.Lgamma(x)
		h += math.Float64bits(lg)
	}
	fmt.Println(h)
	// large arguments for trig reduction
	for _, x := range []float64{1e9, 1e15, 1e22, 1e300, 123456789.123, 5e8} {
		fmt.Println(math.Sin(x), math.Cos(x), math.Tan(x))
	}
}
