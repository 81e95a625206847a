package main

import (
	"fmt"
	"math"
)

func main() {
	cs := []complex128{0, 1 + 1i, -1.5 + 2.25i, complex(math.Inf(1), math.NaN()), complex(1e21, -1e-21), complex(math.Copysign(0, -1), 0)}
	for _, c := range cs {
		fmt.Printf("%v|%+v|%#v|%.2f|%8.1f|%e|%G|%x|%T|%T\n", c, c, c, c, c, c, c, c, c, complex64(c))
	}
	fs := []float64{math.Inf(1), math.Inf(-1), math.NaN(), 0, math.Copysign(0, -1), 100, 0.000001, 0.0000001, 1e20, 1e21, 123.456}
	for _, f := range fs {
		fmt.Printf("%v|%+v|%#v|% v|%08.2f|%+08.2f|%-8.2f|%#g|%#.3g|%#e|%.0e|%#.0f|%x|%X|%b\n", f, f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%5.1f%%|%6.3v|%.3v|%10.4v|\n", 99.5, math.Pi, 1234.5678, 1e-7)
	fmt.Printf("%v %v %v %v\n", float32(16777216), float32(3.4e38), float32(1e-45), float32(1)/3)
	fmt.Printf("%g %g %.17g %.20f\n", 0.1+0.2, 1.0/3.0, 0.1, 0.1)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64, float32(math.SmallestNonzeroFloat32), -math.MaxFloat64)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.0001, 0.00001, 100000000000000000000.0)
	fmt.Println(float32(1e6), float32(1e20), float32(1e21), float32(0.0001), float32(0.00001))
}
