package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{2.5, -2.5, 3.5, 2.4999, -0.5, 0.5, 1.5, -7.9, 7.1}
	fmt.Println("x Floor Ceil Trunc Round RoundToEven")
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	i, f := math.Modf(3.75)
	fmt.Println(i, f)
	i, f = math.Modf(-3.75)
	fmt.Println(i, f)
	fr, ex := math.Frexp(40)
	fmt.Println(fr, ex, math.Ldexp(fr, ex))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3), math.Remainder(8, 3))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Abs(-4.5))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0))
	x := 2.9
	fmt.Println(int(x), int(-x), int64(math.Round(-2.5)))
	fmt.Printf("%.2f %.0f %.0f %.0f\n", 2.675, 0.5, 1.5, 2.5)
}
