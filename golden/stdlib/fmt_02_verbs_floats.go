package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 1e-7, 1e21, 100}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.1f|%+.1e\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%g %g %g\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%f %5.1f %+f\n", math.Inf(1), math.NaN(), math.Inf(1))
	fmt.Printf("%.3g %.10g %g\n", 1234.5678, 1.0/3, float32(0.1))
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%08.3f|%-08.3f|% .2f\n", -3.14159, 3.14159, 2.5)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%v %v\n", float32(1)/3, 2.0/3)
}
