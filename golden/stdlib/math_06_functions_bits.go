package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, -0.0, 1e-310, 1e-20, 0.1, 0.5, 0.7, 1, 1.5, 2, math.Pi / 3, 3, 10, 33.3, 100, 710, 1e6, 1e10, 1e300, -0.3, -2.5, -100, math.Inf(1), math.Inf(-1), math.NaN()}
	for i := 0; i < 40; i++ {
		xs = append(xs, float64(i)*0.37-5.1)
	}
	fs := []struct {
		n string
		f func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10},
		{"Log1p", math.Log1p}, {"Sqrt", math.Sqrt}, {"Cbrt", math.Cbrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
		{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv},
		{"Gamma", math.Gamma}, {"Logb", math.Logb}, {"Abs", math.Abs},
	}
	for _, f := range fs {
		fmt.Print(f.n, ":")
		for _, x := range xs {
			fmt.Print(" ", f.f(x))
		}
		fmt.Println()
	}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, s := math.Lgamma(x)
		sn, cs := math.Sincos(x)
		fmt.Println(x, fr, e, ip, fp, lg, s, sn, cs, math.Ilogb(x), math.Ldexp(x, 7), math.Ldexp(x, -1070))
	}
	for _, y := range []float64{0, 0.5, -0.5, 1, 2, 3, -1, 2.5, 1.0 / 3, 100, -100, 1e20, math.Inf(1), math.NaN()} {
		for _, x := range []float64{0, -0.0, 1, -1, 2, -2, 0.5, 10, 1e-5, math.Inf(-1)} {
			fmt.Print(math.Pow(x, y), " ")
		}
		fmt.Println()
	}
	for _, p := range [][2]float64{{3, 4}, {1, 1}, {-5, 2}, {1e300, 1e300}, {7.5, -2.25}, {-7.5, 2.25}, {5, 0}, {0, 5}, {math.Inf(1), 1}, {1, math.NaN()}, {0.1, 0.03}} {
		fmt.Println(math.Hypot(p[0], p[1]), math.Atan2(p[0], p[1]), math.Mod(p[0], p[1]), math.Remainder(p[0], p[1]), math.Max(p[0], p[1]), math.Min(p[0], p[1]), math.Dim(p[0], p[1]), math.Copysign(p[0], p[1]), math.Nextafter(p[0], p[1]), math.FMA(p[0], p[1], 0.1))
	}
	fmt.Println(math.Pow10(5), math.Pow10(-3), math.Pow10(400), math.Pow10(-400), math.Float64bits(math.NaN()), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Pi, math.E)
	fmt.Printf("%.20f %.20f %v\n", math.Sqrt2, math.Ln2, math.Nextafter32(1, 2))
	s := 0.0
	for i := 1; i <= 1000; i++ {
		s += math.Sin(float64(i)) * math.Exp(-float64(i)/500) / math.Sqrt(float64(i))
	}
	fmt.Println(s)
}
