// math/cmplx as A Tour of Go uses it (Sqrt of -5+12i), then its functions on values drawn
// from a seeded generator, and the special cases of Sqrt, Exp and Pow.
package main

import (
	"fmt"
	"math/cmplx"
	"math/rand"
)

func main() {
	var z complex128 = cmplx.Sqrt(-5 + 12i)
	fmt.Printf("Type: %T Value: %v\n", z, z)
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 200; i++ {
		x := complex(r.NormFloat64()*3, r.NormFloat64()*3)
		y := complex(r.NormFloat64(), r.NormFloat64())
		fmt.Println(x, cmplx.Sqrt(x), cmplx.Abs(x), cmplx.Phase(x), cmplx.Exp(x), cmplx.Log(x), cmplx.Pow(x, y), cmplx.Sin(x), cmplx.Cos(x), cmplx.Sinh(x), cmplx.Conj(x))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	fmt.Println(cmplx.Sqrt(-1), cmplx.Sqrt(complex(-1, -0.0)), cmplx.Sqrt(4), cmplx.Sqrt(2i), cmplx.Exp(1i*3.141592653589793)+1)
	fmt.Println(cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, 1+1i), cmplx.Pow(2, 10), cmplx.Pow(1i, 2))
	fmt.Println(cmplx.Polar(1i))
	fmt.Println(cmplx.Rect(2, 3.141592653589793/2))
}
