package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(20240601))
	specials := []float64{
		0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.MaxFloat64, math.SmallestNonzeroFloat64, -math.MaxFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1, -1, 0.1, 0.2, 0.3,
		1e20, 1e21, 1e-4, 1e-5, 123456789, 1234567890123456789, 0.5, 2.5, -2.5,
		5e-324, 2.2250738585072014e-308, 9007199254740993, 4.35, 1.005,
	}
	print := func(x float64) {
		f32 := float32(x)
		fmt.Printf("%v|%g|%e|%.3f|%s|%s|%v|%.4g|%G\n", x, x, x, x,
			strconv.FormatFloat(x, 'g', -1, 64),
			strconv.FormatFloat(float64(f32), 'g', -1, 32),
			f32, x, x)
	}
	for _, x := range specials {
		print(x)
	}
	for i := 0; i < 1500; i++ {
		var x float64
		switch i % 6 {
		case 0:
			x = r.Float64()
		case 1:
			x = math.Ldexp(r.Float64(), r.Intn(200)-100)
		case 2:
			x = r.ExpFloat64() * math.Pow(10, float64(r.Intn(40)-20))
		case 3:
			x = r.NormFloat64() * 1e6
		case 4:
			x = math.Float64frombits(r.Uint64())
		case 5:
			x = float64(r.Int63n(1000000)) / 1000
		}
		if math.IsNaN(x) {
			x = float64(i)
		}
		print(x)
	}
	// float32 values straight from bits
	for i := 0; i < 500; i++ {
		f := math.Float32frombits(r.Uint32())
		if f != f {
			continue
		}
		fmt.Println(f, strconv.FormatFloat(float64(f), 'e', -1, 32), strconv.FormatFloat(float64(f), 'f', 4, 32))
	}
	// rounding of exact halves and precision sweeps
	for p := 0; p <= 17; p++ {
		fmt.Printf("%d %.*f %.*e %.*g\n", p, p, math.Pi, p, 1.0/3, p, 2.0/3)
	}
	for _, x := range []float64{0.125, 0.375, 2.5, 3.5, 1.5e-10, 7.25e30} {
		fmt.Printf("%.0f %.1f %.2f %.1e %b %x %X\n", x, x, x, x, x, x, x)
	}
}
