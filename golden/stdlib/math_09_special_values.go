package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(math.IsInf(inf, 0), math.IsInf(inf, -1), math.IsInf(ninf, -1), math.IsNaN(nan))
	fmt.Println(nan == nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	fmt.Println(inf-inf, inf*0, 1/inf, -1/inf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, math.Signbit(negz), negz == 0, 1/negz)
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0), math.Exp(1000), math.Exp(-1000))
	fmt.Println(math.Max(nan, 1), math.Min(-0.0, negz), math.Max(negz, 0))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x7ff0000000000000))
	fmt.Printf("%x %x\n", math.Float32bits(-2.5), math.Float64bits(negz))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0))
	fmt.Println(int64(math.Trunc(-7.9)), math.Floor(-7.5), math.Ceil(-7.5), math.Round(-7.5), math.RoundToEven(6.5))
}
