package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	fmt.Println(nan, inf, ninf)
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, 0))
	fmt.Println(inf+ninf, inf*0, inf-inf, 1/inf, -1/inf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, math.Signbit(negz), negz == 0, 1/negz)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Log(inf))
	fmt.Println(math.Max(nan, 1), math.Min(ninf, nan), math.Max(-0.0, negz), math.Min(0, negz))
	fmt.Println(math.Max(3, inf), math.Min(3, ninf))
	fmt.Printf("%v %.2f %e %g %8.3f|\n", nan, inf, ninf, nan, inf)
	fmt.Printf("%+v %+.1f\n", inf, nan)
	fmt.Println(math.Float64bits(inf), math.Float64bits(negz))
	fmt.Println(math.Float64frombits(0x7ff8000000000001) != math.Float64frombits(0x7ff8000000000001))
	fmt.Println(int64(math.Float32bits(float32(ninf))))
	fmt.Println(math.Abs(ninf), math.Floor(inf), math.Trunc(nan), math.Mod(5, 0), math.Mod(inf, 2))
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(nan, 0), math.Pow(1, nan))
}
