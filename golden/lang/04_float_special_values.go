package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, math.Signbit(negz))
	fmt.Println(inf-inf, inf*0)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(-inf, 0))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
}
